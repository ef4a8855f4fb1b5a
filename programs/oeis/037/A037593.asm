; A037593: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+27),4), c(n) = 7*c(n-1)+lodamod(A105062(b(n-1)+27),4), b(0) = 27, c(0) = 0
; 1,7,52,365,2555,17888,125217,876519,6135636,42949453,300646171,2104523200,14731662401,103121636807,721851457652,5052960203565,35370721424955,247595049974688,1733165349822817

#offset 1

mov $1,27
lpb $0
  add $1,27
  mul $2,7
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
