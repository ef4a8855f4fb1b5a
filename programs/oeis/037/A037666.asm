; A037666: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,1,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+27),4), c(n) = 10*c(n-1)+lodamod(A105062(b(n-1)+27),4), b(0) = 0, c(0) = 0
; 3,31,310,3103,31031,310310,3103103,31031031,310310310,3103103103,31031031031,310310310310,3103103103103,31031031031031,310310310310310,3103103103103103

#offset 1

lpb $0
  add $1,27
  mul $2,10
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
