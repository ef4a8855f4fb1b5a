; A011216: Decimal expansion of 7th root of 6.
; Formula: a(n) = sqrtnint(6*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,2,9,1,7,0,8,3,4,2,0,9,0,7,4,6,6,0,6,8,2,7,5,0,9,7,5,5,3,6,5,4,7,7,9,8,1,9,0,7,0,6,8,7,3,3,4,5,9,7,3,7,3,6,2,8,1,1,4,5,6,0,7,1,9,0,8,5,0,5,1,7,8,4,9,0,8,8,1,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,6
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
