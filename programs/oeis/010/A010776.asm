; A010776: Decimal expansion of 14th root of 2.
; Formula: a(n) = sqrtnint(2*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,0,5,0,7,5,6,6,3,8,6,5,3,2,1,9,4,2,4,7,3,5,5,3,5,0,8,5,3,2,3,6,8,7,1,6,5,3,4,8,3,9,3,0,5,5,6,0,8,6,8,6,1,7,8,4,0,3,7,8,9,6,7,5,5,5,1,1,0,0,1,0,3,6,8,7,9,9,1,6

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,2
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
