; A011280: Decimal expansion of 11th root of 10.
; Formula: a(n) = sqrtnint(10*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,3,2,8,4,6,7,3,9,4,4,2,0,6,6,1,3,9,0,5,3,4,0,0,7,8,9,7,3,0,9,4,8,0,2,2,7,6,9,9,7,5,3,4,8,3,2,0,1,5,8,9,3,0,5,3,0,9,2,0,2,1,9,7,1,3,2,3,9,8,9,7,2,4,7,4,4,2,3

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,10
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
