; A011283: Decimal expansion of 14th root of 10.
; Formula: a(n) = sqrtnint(10*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,1,7,8,7,6,8,6,3,4,7,9,3,5,8,7,3,1,9,2,3,1,3,8,5,4,7,9,8,8,7,2,0,6,8,9,6,8,6,2,9,6,5,5,5,5,8,1,2,7,0,5,1,7,8,3,6,8,1,5,4,5,1,7,3,0,4,8,5,1,4,9,6,7,1,6,2,8,1,4

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,10
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
