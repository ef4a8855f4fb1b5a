; A080545: Characteristic function of {1} union {odd primes}: 1 if n is 1 or an odd prime, else 0.
; Formula: a(n) = max(gcd(lodafac(1,gcd(0,n-2))-1,gcd(0,n-2)+2),2)%2
; 1,0,1,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0

#offset 1

sub $0,2
gcd $1,$0
mov $0,1
fac $0,$1
add $1,2
sub $0,1
gcd $0,$1
max $0,2
mod $0,2
