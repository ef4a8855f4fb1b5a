; A011220: Decimal expansion of 11th root of 6.
; Formula: a(n) = sqrtnint(6*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,1,7,6,9,0,3,9,5,6,2,4,2,8,5,2,7,0,8,9,2,5,3,2,6,4,2,1,6,8,1,7,9,7,8,5,2,8,3,1,9,3,7,8,1,2,9,3,8,4,4,4,3,1,3,4,0,3,0,2,7,0,1,8,9,6,9,9,7,9,2,8,9,8,5,4,3,0,0,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,6
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
