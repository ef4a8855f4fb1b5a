; A187103: Maximum order of an explicit Runge-Kutta method with n function evaluations in each step.
; 1,2,3,4,4,5,6,6,7,7,8

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,2
sub $2,5
mul $0,3
sub $0,2
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  mov $3,1
  sub $2,3
lpe
lpb $3
  sub $3,1
  mov $0,$2
  div $0,-14
lpe
add $0,1
sub $0,1
sub $0,-1
add $0,1
