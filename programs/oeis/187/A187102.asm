; A187102: Minimum number of function evaluations in each step of an explicit Runge-Kutta method of order n.
; 1,2,3,4,6,7,9,11

#offset 1

sub $0,1
sub $0,1
sub $0,-2
add $0,3
sub $0,-1
mov $3,$0
lpb $3
  sub $3,1
  add $2,-1
lpe
mul $0,$2
div $0,2
div $0,3
sub $0,9
mul $0,2
div $0,4
sub $0,16
add $0,3
sub $0,1
sub $0,-20
div $0,-1
add $0,1
