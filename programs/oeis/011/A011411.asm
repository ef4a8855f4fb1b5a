; A011411: Decimal expansion of 7th root of 19.
; Formula: a(n) = sqrtnint(19*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,5,2,2,9,2,6,9,9,8,2,1,8,7,5,3,3,9,3,3,8,6,9,6,8,1,9,1,5,2,7,1,9,2,9,9,8,6,2,1,4,1,8,2,0,4,5,7,2,2,1,8,5,7,3,4,3,8,0,6,8,0,7,9,7,7,3,2,1,4,9,4,1,3,8,6,2,1,6,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,19
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
