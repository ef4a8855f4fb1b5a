; A011298: Decimal expansion of 14th root of 11.
; Formula: a(n) = sqrtnint(11*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,1,8,6,8,2,0,9,1,6,7,4,7,2,1,4,8,2,0,2,5,5,2,6,3,6,1,7,6,9,4,6,7,0,4,7,5,5,1,4,7,5,3,1,7,4,9,3,7,7,7,1,3,0,0,9,9,4,4,6,9,9,1,0,7,5,0,9,6,5,9,5,4,3,0,5,8,2,9,6

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,11
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
