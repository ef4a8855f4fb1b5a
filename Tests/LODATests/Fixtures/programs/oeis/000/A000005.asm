; A000005: d(n) (also called tau(n) or sigma_0(n)), the number of divisors of n.
; 1,2,2,3,2,4,2,4,3,4,2,6,2,4,4,5,2,6,2,6,4,4,2,8,3,4,4,6,2,8,2,6,4,4,4,9,2,4,4,8,2,8,2,6,6,4,2,10,3,6,4,6,2,8,4,8,4,4,2,12,2,4,6,7,4,8,2,6,4,8,2,12,2,4,6,6,4,8,2,10

#offset 1

; count k = 1..n dividing n (k divides n iff gcd(n,k) = k)
mov $1,$0
lpb $1
  mov $2,$0
  gcd $2,$1
  equ $2,$1
  add $3,$2
  sub $1,1
lpe
mov $0,$3
