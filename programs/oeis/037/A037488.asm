; A037488: Base 3 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; 2,7,23,70,212,637,1913,5740,17222,51667,155003,465010,1395032,4185097,12555293,37665880,112997642,338992927,1016978783,3050936350,9152809052,27458427157,82375281473,247125844420,741377533262

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,-1
mov $3,$0
sub $1,3
lpb $3
  sub $3,1
  mul $1,3
  sub $1,1
lpe
mov $0,$1
div $0,-2
mul $0,2
mul $0,8
div $0,32
mul $0,3
add $0,1
sub $0,4
div $0,3
mul $0,2
add $0,2
div $0,2
mul $0,3
add $0,1
sub $0,7
div $0,3
add $0,2
