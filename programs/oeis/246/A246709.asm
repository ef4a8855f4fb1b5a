; A246709: Decimal expansion of the seventh root of 3.
; Formula: a(n) = sqrtnint(3*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))),7)%10
; 1,1,6,9,9,3,0,8,1,2,7,5,8,6,8,6,8,8,6,4,6,2,9,7,5,7,2,5,5,1,3,7,3,4,6,6,7,6,9,9,4,0,4,1,9,6,4,2,0,9,3,4,2,0,9,0,3,0,2,1,8,9,6,5,5,8,9,3,3,3,9,3,6,2,7,4,0,0,3,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,3
mul $1,$1
mul $0,$1
nrt $0,7
mod $0,10
