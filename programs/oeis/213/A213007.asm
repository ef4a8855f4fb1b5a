; A213007: Decimal expansion of Brun's quadruple primes constant.
; Formula: a(n) = -(sqrtnint(lodapow(100,n-1)^15*lodapow(100,n-1)*lodapow(100,n-1),6)%10)+8
; 8,7,0,5,8,8,3,8

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
pow $0,15
mul $0,$1
mul $0,$1
nrt $0,6
mod $0,10
mul $0,-1
add $0,8
