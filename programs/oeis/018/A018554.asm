; A018554: Divisors of 620.
; Formula: a(n) = d(n+1), b(n) = -(d(n-1)-lodadif(lodadif(b(n-1),4),10)), c(n) = c(n-1)-lodadif(b(n-1),4), d(n) = c(n-1)-lodadif(b(n-1),4), b(0) = 0, c(0) = 0, d(0) = 1
; 1,2,4,5,10,20,31,62,124,155,310,620

#offset 1

add $0,1
mov $1,1
lpb $0
  sub $0,1
  mov $2,$1
  dif $3,4
  sub $4,$3
  mov $1,$4
  dif $3,10
  sub $2,$3
  mul $2,-1
  mov $3,$2
lpe
mov $0,$1
