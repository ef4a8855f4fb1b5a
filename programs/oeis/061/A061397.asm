; A061397: Characteristic function sequence of primes multiplied componentwise by N, the natural numbers.
; Formula: a(n) = lodamod(lodamod(lodafac(1,n-2),n),2)*n
; 0,2,3,0,5,0,7,0,0,0,11,0,13,0,0,0,17,0,19,0,0,0,23,0,0,0,0,0,29,0,31,0,0,0,0,0,37,0,0,0,41,0,43,0,0,0,47,0,0,0,0,0,53,0,0,0,0,0,59,0,61,0,0,0,0,0,67,0,0,0,71,0,73,0,0,0,0,0,79,0

#offset 1

sub $0,2
mov $1,$0
mov $0,1
fac $0,$1
add $1,2
mod $0,$1
mod $0,2
mul $0,$1
