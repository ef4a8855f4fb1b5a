; A028730: Nonsquares mod 17.
; 3,5,6,7,10,11,12,14

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,8
mov $1,$0
lpb $1
  sub $1,5
  add $0,1
lpe
sub $0,5
sub $0,-3
add $0,3
mul $0,4
add $0,1
add $0,3
div $0,4
mul $0,23
div $0,18
sub $0,1
mul $0,4
add $0,3
sub $0,9
sub $0,-3
sub $0,-1
sub $0,4
div $0,4
add $0,3
