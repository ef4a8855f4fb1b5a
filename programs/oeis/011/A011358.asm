; A011358: Decimal expansion of 14th root of 15.
; Formula: a(n) = sqrtnint(15*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,2,1,3,4,0,7,0,6,2,8,5,2,5,0,6,6,0,8,7,7,8,0,9,4,6,5,1,8,6,8,6,4,7,5,6,4,9,7,3,4,4,8,2,6,1,4,8,4,6,6,7,3,5,1,8,7,4,2,5,5,8,2,4,8,8,6,0,8,4,5,6,9,7,5,5,8,6,5,2

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,15
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
