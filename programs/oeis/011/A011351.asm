; A011351: Decimal expansion of 7th root of 15.
; Formula: a(n) = sqrtnint(15*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,4,7,2,3,5,6,7,0,0,1,8,0,3,4,6,9,2,3,7,1,2,7,9,0,0,0,0,9,7,4,0,2,4,2,3,2,7,9,6,1,6,6,4,0,7,5,4,6,7,7,5,7,6,3,4,6,8,2,8,2,2,1,4,8,3,9,3,8,8,2,6,5,5,3,8,1,2,3,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,15
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
