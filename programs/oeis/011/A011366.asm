; A011366: Decimal expansion of 7th root of 16.
; Formula: a(n) = sqrtnint(16*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,4,8,5,9,9,4,2,8,9,1,3,6,9,4,8,4,2,4,7,9,9,8,5,3,2,8,6,7,1,4,5,9,2,6,0,6,3,2,3,7,1,1,3,5,9,4,3,7,1,0,9,7,3,3,3,5,6,5,0,3,1,9,7,1,5,0,7,9,0,8,5,8,3,4,0,5,5,6,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,16
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
