; A005171: Characteristic function of nonprimes: 0 if n is prime, else 1.
; Formula: a(n) = lodapow(gcd(n,lodafac(1,n-2)-1),-1)
; 1,0,0,1,0,1,0,1,1,1,0,1,0,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,1,1,0,1

#offset 1

sub $0,2
mov $1,1
fac $1,$0
add $0,2
sub $1,1
gcd $0,$1
pow $0,-1
