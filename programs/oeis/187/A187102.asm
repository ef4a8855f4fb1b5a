; A187102: Minimum number of function evaluations in each step of an explicit Runge-Kutta method of order n.
; Formula: a(n) = floor((n+3)*(n+4)/12)
; 1,2,3,4,6,7,9,11

#offset 1

add $0,3
fac $0,2
div $0,12
