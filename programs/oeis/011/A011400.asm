; A011400: Decimal expansion of 11th root of 18.
; Formula: a(n) = sqrtnint(18*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,3,0,0,5,1,5,9,4,8,1,2,0,2,8,8,9,8,5,5,9,5,6,1,9,2,7,7,2,0,5,2,5,6,0,9,6,6,0,7,7,3,1,9,2,2,5,6,7,8,3,1,0,4,9,6,1,9,1,2,6,5,5,0,8,5,9,0,1,3,3,0,3,6,3,6,2,9,5,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,18
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
