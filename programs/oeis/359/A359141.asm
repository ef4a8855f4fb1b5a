; A359141: First differences of the pancake flipping (or sorting by prefix reversal) sequence A058986.
; 1,2,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,2

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $3,3
add $3,$0
mov $0,$3
add $0,$0
mul $0,7
div $0,7
div $0,3
mul $0,12
sub $0,1
div $0,8
add $3,$0
mov $0,$3
sub $0,5
gcd $0,$3
sub $0,-2
sub $0,-1
add $0,2
sub $0,6
div $0,4
add $0,1
