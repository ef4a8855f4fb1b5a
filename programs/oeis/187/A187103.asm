; A187103: Maximum order of an explicit Runge-Kutta method with n function evaluations in each step.
; 1,2,3,4,4,5,6,6,7,7,8

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,2
sub $0,1
mov $3,$0
sub $3,9
add $0,$3
add $0,$3
mul $0,242
div $0,242
sub $0,2
div $0,4
add $0,1
sub $0,-4
add $0,1
