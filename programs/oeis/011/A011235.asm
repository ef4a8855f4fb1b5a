; A011235: Decimal expansion of 11th root of 7.
; Formula: a(n) = sqrtnint(7*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,1,9,3,5,1,2,8,3,7,1,6,9,6,2,0,2,5,0,8,1,7,6,2,7,5,5,4,0,3,5,8,5,8,6,9,2,3,7,4,8,0,9,3,2,4,8,4,6,6,1,4,5,5,8,1,6,2,2,4,5,1,8,6,6,9,4,7,8,4,0,6,3,0,7,1,0,1,6,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,7
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
