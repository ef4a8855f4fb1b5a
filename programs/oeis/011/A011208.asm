; A011208: Decimal expansion of 14th root of 5.
; Formula: a(n) = sqrtnint(5*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,1,2,1,8,2,8,3,9,6,2,5,4,0,0,2,2,7,0,2,9,3,8,7,3,9,0,2,7,3,5,1,5,2,2,4,7,8,1,1,0,5,5,9,6,6,2,2,7,6,1,3,2,0,2,5,6,0,0,3,6,4,7,2,7,1,0,7,0,4,1,5,9,3,5,3,3,8,4,9

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,5
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
