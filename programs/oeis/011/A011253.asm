; A011253: Decimal expansion of 14th root of 8.
; Formula: a(n) = sqrtnint(8*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,1,6,0,1,2,9,3,8,6,1,6,0,1,6,2,7,9,7,5,3,0,0,5,9,4,9,7,1,9,0,5,5,1,7,5,7,9,0,2,1,0,4,8,6,6,2,4,8,8,7,5,5,5,4,8,1,2,6,4,2,5,0,3,0,6,2,6,7,8,2,3,8,4,8,2,8,9,2,5

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,8
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
