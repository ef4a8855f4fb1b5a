; A011201: Decimal expansion of 7th root of 5.
; Formula: a(n) = sqrtnint(5*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))),7)%10
; 1,2,5,8,4,9,8,9,5,0,6,4,1,8,2,6,7,3,4,9,9,2,7,8,7,1,7,1,1,7,7,7,1,3,8,9,4,8,1,8,6,8,0,4,8,1,5,0,6,7,1,8,1,9,6,7,0,7,4,7,2,5,7,8,5,6,2,5,5,8,2,5,4,5,9,2,3,4,8,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,5
mul $1,$1
mul $0,$1
nrt $0,7
mod $0,10
