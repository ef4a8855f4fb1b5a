; A011355: Decimal expansion of 11th root of 15.
; Formula: a(n) = sqrtnint(15*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,7,9,1,3,7,9,5,9,5,1,2,4,0,0,9,7,0,5,8,2,8,5,3,4,9,4,1,9,1,7,7,2,9,7,7,9,0,2,2,5,7,3,4,8,1,3,1,0,4,2,9,2,8,4,9,4,7,5,1,2,9,8,9,4,7,9,4,6,4,9,8,1,0,6,0,8,5,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,15
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
