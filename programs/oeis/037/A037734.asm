; A037734: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,0,3.
; Formula: a(n) = b(n), b(n) = 8*b(n-1)+lodamod(c(n-1)+3,4), c(n) = lodamod(c(n-1)+3,4), b(0) = 0, c(0) = -1
; 2,17,136,1091,8730,69841,558728,4469827,35758618,286068945,2288551560,18308412483,146467299866,1171738398929,9373907191432,74991257531459,599930060251674,4799440482013393

#offset 1

mov $1,-1
lpb $0
  mul $2,8
  add $1,3
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
