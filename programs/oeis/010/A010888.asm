; A010888: Digital root of n (repeatedly add the digits of n until a single digit is reached).
; 0,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7

sub $0,1
lpb $0
  sub $0,9
lpe
mul $0,-2
div $0,2
add $0,1
sub $0,1
add $0,8
sub $0,9
div $0,-1
