; A011396: Decimal expansion of 7th root of 18.
; Formula: a(n) = sqrtnint(18*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,5,1,1,2,0,9,3,9,0,5,0,9,4,0,3,1,3,5,6,9,1,0,3,4,1,1,1,4,1,3,2,9,1,5,0,9,5,4,9,3,0,8,8,1,9,6,5,6,0,1,1,6,9,9,0,7,7,8,0,1,3,6,5,3,4,7,7,5,3,8,0,2,7,9,1,2,3,2,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,18
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
