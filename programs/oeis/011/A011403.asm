; A011403: Decimal expansion of 14th root of 18.
; Formula: a(n) = sqrtnint(18*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,2,2,9,3,1,2,5,6,8,2,7,1,1,4,6,8,7,0,6,0,5,1,3,0,5,4,3,9,7,3,3,9,2,4,9,4,9,6,0,4,6,8,1,6,9,4,8,6,1,0,0,2,8,1,7,3,6,3,3,3,5,8,7,3,8,8,2,7,2,3,2,4,3,2,1,4,3,7,1

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,18
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
