; A011415: Decimal expansion of 11th root of 19.
; Formula: a(n) = sqrtnint(19*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,3,0,6,9,2,3,9,8,2,1,1,2,7,0,1,1,9,1,6,5,8,6,8,3,1,1,2,8,9,8,2,5,6,7,6,1,3,3,1,8,6,7,0,9,0,8,2,9,5,2,9,0,5,5,8,0,1,6,8,5,7,1,5,1,5,8,0,4,0,3,0,9,2,5,8,9,2,5,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,19
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
