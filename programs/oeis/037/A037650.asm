; A037650: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,1.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+54),4), c(n) = 8*c(n-1)+lodamod(A105062(b(n-1)+54),4), b(0) = A156095(0), c(0) = 0
; 3,24,193,1547,12376,99009,792075,6336600,50692801,405542411,3244339288,25954714305,207637714443,1661101715544,13288813724353,106310509794827,850484078358616,6803872626868929

#offset 1

seq $1,156095
lpb $0
  add $1,54
  mul $2,8
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
