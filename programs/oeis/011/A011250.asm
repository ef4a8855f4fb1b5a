; A011250: Decimal expansion of 11th root of 8.
; Formula: a(n) = sqrtnint(8*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,0,8,0,8,9,4,4,4,4,0,4,4,4,7,3,1,3,2,8,9,2,4,2,2,1,0,4,7,6,2,4,7,5,6,5,0,0,3,6,8,1,3,5,7,9,0,4,2,6,6,1,9,4,1,5,1,1,3,6,0,7,1,2,3,5,8,5,6,3,1,7,0,5,0,3,5,0,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,8
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
