; A037652: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,0,1.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+54),4), c(n) = 10*c(n-1)+lodamod(A105062(b(n-1)+54),4), b(0) = A156095(0), c(0) = 0
; 3,30,301,3013,30130,301301,3013013,30130130,301301301,3013013013,30130130130,301301301301,3013013013013,30130130130130,301301301301301,3013013013013013

#offset 1

seq $1,156095
lpb $0
  add $1,54
  mul $2,10
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
