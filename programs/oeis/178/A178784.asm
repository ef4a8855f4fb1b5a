; A178784: Let d be the vector of divisors of 100 sorted from largest to smallest, i.e., [100,50,25,20,10,5,4,2,1]. Then a(n) = 100/d(n) - 1.
; Formula: a(n) = b(n)-1, b(n) = lodadif(b(n-1),4)-c(n-1), c(n) = c(n-1)-lodadif(b(n-1),4), b(0) = 1, c(0) = 0
; 0,1,3,4,9,19,24,49,99

#offset 1

mov $1,1
lpb $0
  sub $0,1
  mov $2,$3
  dif $1,4
  sub $3,$1
  sub $1,$2
lpe
mov $0,$1
sub $0,1
