; A011418: Decimal expansion of 14th root of 19.
; Formula: a(n) = sqrtnint(19*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,2,3,4,0,6,9,2,8,4,2,0,5,2,0,7,5,7,7,8,5,3,0,0,2,4,7,4,3,4,0,3,6,9,7,4,5,0,0,4,1,3,1,0,1,8,4,7,7,1,6,6,0,9,4,6,7,5,7,6,2,0,4,1,8,4,4,4,7,6,1,8,4,1,9,5,0,3,2,1

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,19
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
