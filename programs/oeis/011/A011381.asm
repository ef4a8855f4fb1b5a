; A011381: Decimal expansion of 7th root of 17.
; Formula: a(n) = sqrtnint(17*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,4,9,8,9,1,9,8,7,2,0,7,1,5,6,2,0,1,2,1,7,2,7,9,0,1,2,3,6,8,2,5,2,9,6,7,7,8,5,9,7,2,2,7,9,7,9,4,0,2,2,5,5,6,8,2,4,5,6,7,1,2,2,3,1,8,5,4,5,3,6,1,3,3,5,0,0,6,6,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,17
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
