; A011385: Decimal expansion of 11th root of 17.
; Formula: a(n) = sqrtnint(17*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,9,3,7,7,5,7,0,8,9,1,5,5,5,7,8,8,8,1,2,0,2,1,3,1,3,7,2,7,3,3,8,7,0,9,3,0,7,3,1,3,6,8,6,2,0,4,0,2,2,4,0,0,6,9,9,1,9,7,0,9,9,3,7,5,3,0,6,1,3,6,0,3,5,5,7,0,1,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,17
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
