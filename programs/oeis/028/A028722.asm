; A028722: Square classes of 2-adic rationals.
; 0,1,2,3,5,6,7,10,14

sub $0,1
mov $1,$0
mov $2,$0
mod $0,4
div $0,2
add $0,$2
div $0,2
bin $0,2
add $0,$1
add $0,1
