; A037592: Base-6 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+27),4), c(n) = 6*c(n-1)+lodamod(A105062(b(n-1)+27),4), b(0) = 27, c(0) = 0
; 1,6,39,235,1410,8463,50779,304674,1828047,10968283,65809698,394858191,2369149147,14214894882,85289369295,511736215771,3070417294626,18422503767759,110535022606555,663210135639330,3979260813835983

#offset 1

mov $1,27
lpb $0
  add $1,27
  mul $2,6
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
