; A037792: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,2,0,1.
; Formula: a(n) = b(n), b(n) = 10*b(n-1)+lodamod(A105062(13*c(n-1)),4), c(n) = lodamod(A105062(13*c(n-1)),4), b(0) = 0, c(0) = A077267(0)
; 3,32,320,3201,32013,320132,3201320,32013201,320132013,3201320132,32013201320,320132013201,3201320132013,32013201320132,320132013201320,3201320132013201

#offset 1

seq $1,77267
lpb $0
  mul $2,10
  mul $1,13
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
