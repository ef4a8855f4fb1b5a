; A011295: Decimal expansion of 11th root of 11.
; Formula: a(n) = sqrtnint(11*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,4,3,5,7,5,2,2,7,9,1,2,3,7,0,7,3,5,0,7,9,7,9,1,7,1,1,9,0,9,5,3,6,4,9,8,0,5,5,2,1,2,6,4,1,6,6,6,3,7,5,0,6,9,8,2,2,5,6,3,2,4,8,6,9,5,9,6,1,0,8,1,6,8,2,1,7,8,3

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,11
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
