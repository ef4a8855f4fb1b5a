; A037603: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,3,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+54),4), c(n) = 10*c(n-1)+lodamod(A105062(b(n-1)+54),4), b(0) = 0, c(0) = 0
; 1,13,130,1301,13013,130130,1301301,13013013,130130130,1301301301,13013013013,130130130130,1301301301301,13013013013013,130130130130130,1301301301301301

#offset 1

lpb $0
  add $1,54
  mul $2,10
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
