; A037631: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,3,0.
; Formula: a(n) = b(n), b(n) = 10*b(n-1)+lodamod(A105062(c(n-1)+11),4), c(n) = lodamod(A105062(c(n-1)+11),4), b(0) = 0, c(0) = 0
; 2,23,230,2302,23023,230230,2302302,23023023,230230230,2302302302,23023023023,230230230230,2302302302302,23023023023023,230230230230230,2302302302302302

#offset 1

lpb $0
  mul $1,10
  add $2,11
  seq $2,105062
  mod $2,4
  sub $0,1
  add $1,$2
lpe
mov $0,$1
