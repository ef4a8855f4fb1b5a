; A018330: Divisors of 196.
; Formula: a(n) = c(n), b(n) = lodadif(b(n-1),2)-c(n-1), c(n) = c(n-1)-b(n-1), b(0) = 0, c(0) = 1
; 1,2,4,7,14,28,49,98,196

#offset 1

mov $1,1
lpb $0
  sub $0,1
  mov $2,$3
  dif $3,2
  sub $3,$1
  sub $1,$2
lpe
mov $0,$1
