; A018285: Divisors of 104.
; Formula: a(n) = c(n), b(n) = lodadif(b(n-1),4)-c(n-1), c(n) = c(n-1)-b(n-1), b(0) = 0, c(0) = 1
; 1,2,4,8,13,26,52,104

#offset 1

mov $1,1
lpb $0
  sub $0,1
  mov $2,$3
  dif $3,4
  sub $3,$1
  sub $1,$2
lpe
mov $0,$1
