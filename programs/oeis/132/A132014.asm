; A132014: T(n,j) for double application of an iterated mixed order Laguerre transform: Coefficients of Laguerre polynomial (-1)^n*n!*L(n,2-n,x).
; 1,-2,1,2,-4,1,0,6,-6,1,0,0,12,-8,1,0,0,0,20,-10,1,0,0,0,0,30,-12,1,0,0,0,0,0,42,-14,1,0,0,0,0,0,0,56,-16,1,0,0,0,0,0,0,0,72,-18,1,0,0,0,0,0,0,0,0,90,-20,1,0,0,0,0,0,0,0,0,0,110,-22,1,0,0

lpb $0
  add $1,1
  sub $0,$1
lpe
mov $2,$1
bin $1,$0
sub $2,$0
mov $3,-2
fac $3,$2
mul $1,$3
mov $0,$1
