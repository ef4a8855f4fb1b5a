; A011430: Decimal expansion of 11th root of 20.
; Formula: a(n) = sqrtnint(20*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,3,1,3,0,3,2,4,3,4,4,8,7,8,8,3,9,2,6,4,3,0,9,3,0,5,1,0,4,3,8,0,4,0,8,4,0,4,7,6,0,1,0,8,3,1,2,8,3,5,3,0,0,4,7,6,0,8,5,7,1,6,3,3,7,3,7,6,4,5,1,7,5,7,8,7,7,1,7,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,20
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
