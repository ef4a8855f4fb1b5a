; A187102: Minimum number of function evaluations in each step of an explicit Runge-Kutta method of order n.
; 1,2,3,4,6,7,9,11

#offset 1

sub $0,1
add $0,3
pow $0,2
div $0,3
add $0,9
add $0,2
sub $0,12
div $0,3
mul $0,4
div $0,4
add $0,1
