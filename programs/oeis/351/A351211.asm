; A351211: Decimal expansion of the 14th root of 3.
; Formula: a(n) = sqrtnint(3*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,0,8,1,6,3,3,4,0,0,3,5,2,7,6,5,9,5,8,5,6,7,1,6,8,8,3,1,8,7,4,9,7,7,7,8,3,9,3,7,4,6,3,8,2,2,8,6,8,1,1,5,2,5,9,0,1,5,7,8,2,5,2,0,2,8,8,8,4,1,6,2,5,3,6,3,2,1,7,5

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,3
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
