; A011092: Decimal expansion of 5th root of 7.
; Formula: a(n) = sqrtnint(7*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,4,7,5,7,7,3,1,6,1,5,9,4,5,5,2,0,6,9,2,7,6,9,1,6,6,9,5,6,3,2,2,4,4,1,0,6,5,4,4,0,9,3,6,1,3,7,4,0,2,0,3,5,6,7,7,7,0,9,0,4,1,6,8,8,8,4,5,2,1,7,6,7,4,9,9,2,0,8,3

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,7
nrt $0,5
mod $0,10
