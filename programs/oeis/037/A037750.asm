; A037750: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,3,0,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%4, c(n) = 10*c(n-1)+(b(n-1)+1)%4, b(0) = 1, c(0) = 0
; 2,23,230,2301,23012,230123,2301230,23012301,230123012,2301230123,23012301230,230123012301,2301230123012,23012301230123,230123012301230,2301230123012301

#offset 1

mov $1,1
lpb $0
  add $1,1
  mul $2,10
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
