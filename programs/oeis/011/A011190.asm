; A011190: Decimal expansion of 11th root of 4.
; Formula: a(n) = sqrtnint(4*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,1,3,4,3,1,2,5,2,2,1,9,5,4,6,2,5,8,0,9,9,2,4,9,7,7,3,2,9,1,7,1,1,9,1,3,8,9,3,8,3,0,1,9,2,0,7,9,6,6,9,5,9,6,2,0,1,6,1,9,2,6,6,4,3,1,8,2,8,7,1,0,5,7,7,8,0,4,9,0

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,4
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
