; A011231: Decimal expansion of 7th root of 7.
; Formula: a(n) = sqrtnint(7*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,3,2,0,4,6,9,2,4,7,7,5,6,1,2,3,7,9,1,8,0,9,3,2,7,3,3,1,5,0,0,2,6,3,0,8,2,7,3,6,6,0,0,1,5,1,9,7,3,3,5,8,2,5,1,8,0,2,6,6,1,2,8,8,3,5,4,6,7,1,7,4,3,6,5,2,8,9,1,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,7
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
