; A038194: Iterated sum-of-digits of n-th prime; or digital root of n-th prime; or n-th prime modulo 9.
; Formula: a(n) = lodamod(b(n+1),9), b(n) = A151800(b(n-1)), b(0) = 0
; 2,3,5,7,2,4,8,1,5,2,4,1,5,7,2,8,5,7,4,8,1,7,2,8,7,2,4,8,1,5,1,5,2,4,5,7,4,1,5,2,8,1,2,4,8,1,4,7,2,4,8,5,7,8,5,2,8,1,7,2,4,5,1,5,7,2,7,4,5,7,2,8,7,4,1,5,2,1,5,4

add $0,1
lpb $0
  seq $1,151800
  sub $0,1
lpe
mod $1,9
mov $0,$1
