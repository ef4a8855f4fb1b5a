; A341765: Consider gaps between successive odd primes from 3 up to prime(n+2). Let k1 be number of gaps congruent to 2 (mod 6) and let k2 be number of gaps congruent to 4 (mod 6). Then a(n) = k1 - k2.
; Formula: a(n) = lodamod(A008747(b(n+2)),2)+1, b(n) = A151800(b(n-1)), b(0) = 0
; 1,2,1,2,1,2,1,1,2,2,1,2,1,1,1,2,2,1,2,2,1,1,2,1,2,1,2,1,2,1,1,2,1,2,2,2,1,1,1,2,1,2,1,2,2,2,1,2,1,1,2,1,1,1,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,1,2,2,2,1,1,2,1,2,1,2

#offset 1

add $0,2
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
seq $0,8747
mod $0,2
add $0,1
