; A011310: Decimal expansion of 11th root of 12.
; Formula: a(n) = sqrtnint(12*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,5,3,4,5,1,0,7,1,7,2,3,0,9,0,0,1,4,1,4,2,1,3,9,1,4,7,5,6,1,5,3,6,4,9,8,9,4,5,4,5,7,1,6,4,3,0,1,7,5,9,0,5,8,6,5,2,4,7,5,1,9,5,6,3,2,4,5,1,5,0,2,5,6,5,5,6,3,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,12
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
