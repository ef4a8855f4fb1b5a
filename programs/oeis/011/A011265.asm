; A011265: Decimal expansion of 11th root of 9.
; Formula: a(n) = sqrtnint(9*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,2,1,0,9,4,6,2,3,4,9,8,6,5,5,3,8,8,2,3,0,7,7,0,4,3,7,1,4,0,1,1,5,4,2,8,6,5,6,4,1,9,3,6,6,9,4,8,3,2,7,4,5,4,2,4,7,2,7,4,7,7,9,5,7,3,1,7,6,1,3,3,1,2,4,6,6,1,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,9
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
