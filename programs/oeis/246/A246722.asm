; A246722: Decimal expansion of Hermite's constant gamma_7 = 2^(6/7).
; Formula: a(n) = sqrtnint(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(8*(lodapow(10,n-1)*lodapow(10,n-1)))*(8*(lodapow(10,n-1)*lodapow(10,n-1))),7)%10
; 1,8,1,1,4,4,7,3,2,8,5,2,7,8,1,3,3,4,3,1,8,8,3,4,5,7,4,6,4,3,0,2,0,6,3,7,5,4,0,0,8,9,1,7,6,2,5,1,5,8,7,4,7,1,0,2,3,7,4,1,6,2,6,2,7,6,8,8,4,4,9,3,4,6,2,7,1,2,5,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,8
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
