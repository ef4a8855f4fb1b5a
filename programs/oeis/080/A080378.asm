; A080378: Residues mod 4 of the n-th difference between consecutive primes.
; Formula: a(n) = lodamod(c(n+1)-b(n+1),4), b(n) = c(n-1), c(n) = A151800(c(n-1)), b(0) = 0, c(0) = 0
; 1,2,2,0,2,0,2,0,2,2,2,0,2,0,2,2,2,2,0,2,2,0,2,0,0,2,0,2,0,2,0,2,2,2,2,2,2,0,2,2,2,2,2,0,2,0,0,0,2,0,2,2,2,2,2,2,2,2,0,2,2,2,0,2,0,2,2,2,2,0,2,0,2,2,0,2,0,0,0,2

#offset 1

add $0,1
lpb $0
  mov $1,$2
  seq $2,151800
  sub $0,1
lpe
sub $2,$1
mov $0,$2
mod $0,4
