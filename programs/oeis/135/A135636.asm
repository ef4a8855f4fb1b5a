; A135636: Values of x in positive solutions (x,y,z) to the Diophantine 43x+7y+17z=400.
; 1,1,2,2,2,3,3,4,4,5,5,6,7

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,5
add $0,9
lpb $0
  sub $0,1
  add $0,-1
  sub $3,$0
lpe
mov $0,$3
add $0,9
sub $0,9
div $0,-5
mul $0,8
sub $0,9
div $0,4
add $0,5
div $0,4
sub $0,1
sub $0,-1
add $0,1
