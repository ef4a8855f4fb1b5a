; A171783: Third smallest divisor of smallest number having exactly n divisors.
; Formula: a(n) = lodapow(gcd(n,lodafac(1,n-2)),-1)+3
; 4,3,4,3,4,3,3,3,4,3,4,3,3,3,4,3,4,3,3,3,4,3,3,3,3,3,4,3,4,3,3,3,3,3,4,3,3,3,4,3,4,3,3,3,4,3,3,3,3,3,4,3,3,3,3,3,4,3,4,3,3,3,3,3,4,3,3,3,4,3,4,3,3,3,3,3,4,3,3,3

#offset 3

sub $0,2
mov $1,1
fac $1,$0
add $0,2
gcd $0,$1
pow $0,-1
add $0,3
