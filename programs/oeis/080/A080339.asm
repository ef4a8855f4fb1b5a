; A080339: Characteristic function of {1} union {primes}: 1 if n is 1 or a prime, else 0.
; Formula: a(n) = lodapow(gcd(n,lodafac(1,n-2)),-1)
; 1,1,1,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0

#offset 1

sub $0,2
mov $1,1
fac $1,$0
add $0,2
gcd $0,$1
pow $0,-1
