; A037715: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,3,2,0.
; Formula: a(n) = b(n), b(n) = 10*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = 0
; 1,13,132,1320,13201,132013,1320132,13201320,132013201,1320132013,13201320132,132013201320,1320132013201,13201320132013,132013201320132,1320132013201320

#offset 1

lpb $0
  mul $1,10
  mul $2,13
  seq $2,105062
  mod $2,4
  sub $0,1
  add $1,$2
lpe
mov $0,$1
