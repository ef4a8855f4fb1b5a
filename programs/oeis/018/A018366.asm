; A018366: Divisors of 272.
; Formula: a(n) = b(n), b(n) = lodadif(b(n-1),16)-c(n-1), c(n) = c(n-1)-lodadif(b(n-1),16), b(0) = 1, c(0) = 0
; 1,2,4,8,16,17,34,68,136,272

#offset 1

mov $1,1
lpb $0
  sub $0,1
  mov $2,$3
  dif $1,16
  sub $3,$1
  sub $1,$2
lpe
mov $0,$1
