; A011306: Decimal expansion of 7th root of 12.
; Formula: a(n) = sqrtnint(12*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,4,2,6,1,6,1,6,3,5,2,2,7,3,7,8,8,4,0,4,8,4,1,2,0,6,8,5,4,5,1,4,4,2,5,6,6,7,2,9,7,0,3,9,8,7,6,4,5,1,6,7,1,7,4,3,1,0,5,7,6,8,3,6,7,8,8,0,7,3,6,8,3,7,0,2,5,4,5,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,12
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
