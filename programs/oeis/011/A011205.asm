; A011205: Decimal expansion of 11th root of 5.
; Formula: a(n) = sqrtnint(5*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,1,5,7,5,5,7,9,1,1,7,7,0,6,5,4,5,6,8,6,4,2,7,2,5,7,8,0,4,7,9,1,2,7,3,2,3,2,0,4,6,5,5,3,4,7,5,1,5,2,3,6,6,4,3,4,5,7,7,5,6,7,8,8,0,4,5,7,1,2,8,9,8,9,9,0,5,8,4,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,5
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
