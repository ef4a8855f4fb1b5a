; A037722: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,0,1,3.
; Formula: a(n) = b(n), b(n) = 10*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = 3
; 2,20,201,2013,20132,201320,2013201,20132013,201320132,2013201320,20132013201,201320132013,2013201320132,20132013201320,201320132013201,2013201320132013

#offset 1

mov $1,3
lpb $0
  mul $2,10
  mul $1,13
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
