; A351208: Decimal expansion of the 11th root of 3.
; Formula: a(n) = sqrtnint(3*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,1,0,5,0,3,1,5,0,3,3,9,6,4,6,6,6,9,6,5,1,2,6,2,6,2,9,9,1,6,9,1,7,4,2,3,0,3,9,5,2,2,7,7,1,8,6,8,0,7,7,9,6,9,1,0,4,0,7,7,4,1,8,7,0,2,4,5,1,3,7,0,0,9,7,9,4,9,1,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,3
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
