; A037655: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2.
; Formula: a(n) = b(n), b(n) = 6*b(n-1)+lodamod(A105062(c(n-1)+11),4), c(n) = lodamod(A105062(c(n-1)+11),4), b(0) = 0, c(0) = 1
; 3,18,110,663,3978,23870,143223,859338,5156030,30936183,185617098,1113702590,6682215543,40093293258,240559759550,1443358557303,8660151343818,51960908062910,311765448377463,1870592690264778

#offset 1

mov $1,1
lpb $0
  mul $2,6
  add $1,11
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
