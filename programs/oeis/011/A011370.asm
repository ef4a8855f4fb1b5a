; A011370: Decimal expansion of 11th root of 16.
; Formula: a(n) = sqrtnint(16*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,8,6,6,6,4,8,9,8,0,0,9,4,3,1,7,9,0,4,4,2,6,6,4,3,5,3,5,7,7,2,4,8,3,9,0,9,5,2,4,6,1,1,2,4,3,2,6,8,2,7,9,5,5,9,8,0,5,8,5,7,1,1,8,7,4,9,4,6,4,4,8,4,7,9,1,0,1,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,16
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
