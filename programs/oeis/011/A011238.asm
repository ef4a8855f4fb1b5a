; A011238: Decimal expansion of 14th root of 7.
; Formula: a(n) = sqrtnint(7*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,1,4,9,1,1,6,7,2,5,0,3,5,4,1,7,7,1,0,4,1,9,3,1,0,5,0,0,1,0,9,9,5,0,5,1,3,1,5,3,9,5,3,2,9,6,4,7,3,1,7,8,4,0,4,0,8,3,7,2,2,9,1,0,9,9,5,8,4,3,5,7,4,0,3,0,1,0,8,7

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,7
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
