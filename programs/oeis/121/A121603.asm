; A121603: Numbers n such that the radius of the smallest circle into which n unit circles can be packed is 1 + csc(Pi/k), where k >= 2 is an integer.
; 2,3,4,5,6,7,8,9,11

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $1,7
  add $0,1
lpe
add $0,6
add $0,7
sub $0,1
mul $0,2
sub $0,16
add $0,1
sub $0,-5
add $0,1
sub $0,-1
div $0,2
add $0,1
sub $0,8
add $0,2
