; A010769: Decimal expansion of 7th root of 2.
; Formula: a(n) = sqrtnint(2*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,1,0,4,0,8,9,5,1,3,6,7,3,8,1,2,3,3,7,6,4,9,5,0,5,3,8,7,6,2,3,3,4,4,7,2,1,3,2,5,3,2,6,6,0,0,7,8,0,1,2,4,1,6,5,5,1,4,5,3,2,4,6,4,1,4,2,1,0,6,3,2,2,8,8,0,3,8,0,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,2
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
