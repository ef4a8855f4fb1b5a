; A037657: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2.
; Formula: a(n) = b(n), b(n) = 8*b(n-1)+lodamod(A105062(c(n-1)+11),4), c(n) = lodamod(A105062(c(n-1)+11),4), b(0) = 0, c(0) = 1
; 3,24,194,1555,12440,99522,796179,6369432,50955458,407643667,3261149336,26089194690,208713557523,1669708460184,13357667681474,106861341451795,854890731614360,6839125852914882

#offset 1

mov $1,1
lpb $0
  mul $2,8
  add $1,11
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
