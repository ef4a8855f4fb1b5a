; A187103: Maximum order of an explicit Runge-Kutta method with n function evaluations in each step.
; Formula: a(n) = sqrtnint(binomial(5*n,4),6)
; 1,2,3,4,4,5,6,6,7,7,8

#offset 1

mul $0,5
bin $0,4
nrt $0,6
