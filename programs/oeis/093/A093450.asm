; A093450: Number of consecutive integers whose product = A093449(n).
; 2,2,2,2,3,3,2,3,3,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
mov $3,$0
mod $3,3
div $0,2
sub $0,1
sub $0,1
bin $3,$0
add $2,$3
mov $0,$2
add $0,2
