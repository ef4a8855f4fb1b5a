; A011328: Decimal expansion of 14th root of 13.
; Formula: a(n) = sqrtnint(13*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,2,0,1,0,6,7,4,0,8,3,6,7,6,4,7,6,6,9,4,2,3,8,4,4,6,7,6,0,4,7,1,7,7,0,1,4,6,5,9,7,1,6,1,2,6,6,0,6,4,0,4,3,9,4,4,9,2,8,0,2,6,5,3,4,5,5,9,1,5,5,1,4,0,3,8,2,5,8,6

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,13
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
