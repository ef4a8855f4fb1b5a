; A010773: Decimal expansion of 11th root of 2.
; Formula: a(n) = sqrtnint(2*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,0,6,5,0,4,1,0,8,9,4,3,9,9,6,2,6,7,8,1,9,0,5,9,2,5,9,5,3,9,8,2,0,4,4,9,0,0,9,2,3,2,8,8,8,6,5,1,0,5,8,4,8,1,1,0,1,9,9,1,4,7,4,7,4,5,6,6,0,1,9,0,0,1,7,0,4,2,2,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,2
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
