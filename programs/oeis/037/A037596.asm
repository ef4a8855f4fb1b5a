; A037596: Numbers written in base 4 whose digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+51),4), c(n) = 10*c(n-1)+lodamod(A105062(b(n-1)+51),4), b(0) = 3, c(0) = 0
; 1,10,103,1031,10310,103103,1031031,10310310,103103103,1031031031,10310310310,103103103103,1031031031031,10310310310310,103103103103103,1031031031031031

#offset 1

mov $1,3
lpb $0
  add $1,51
  mul $2,10
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
