; A010051: Characteristic function of primes: 1 if n is prime, else 0.
; Formula: a(n) = lodamod(lodamod(lodafac(1,n-2),n),2)
; 0,1,1,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0

#offset 1

sub $0,2
mov $1,$0
mov $0,1
fac $0,$1
add $1,2
mod $0,$1
mod $0,2
