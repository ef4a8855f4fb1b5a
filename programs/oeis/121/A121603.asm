; A121603: Numbers n such that the radius of the smallest circle into which n unit circles can be packed is 1 + csc(Pi/k), where k >= 2 is an integer.
; 2,3,4,5,6,7,8,9,11

#offset 1

sub $0,1
sub $0,1
sub $0,4
mov $3,$0
sub $3,1
lpb $3
  sub $3,1
  add $0,$3
lpe
mul $0,201
div $0,201
mul $0,14
sub $0,-56
div $0,14
sub $0,-1
add $0,2
