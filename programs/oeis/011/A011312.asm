; A011312: Decimal expansion of 13th root of 12.
; Formula: a(n) = sqrtnint(12*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,1,0,6,3,6,9,9,7,5,8,2,2,3,0,4,7,5,1,6,0,8,4,7,6,8,1,1,6,0,9,7,7,1,1,0,3,2,6,9,0,6,4,3,5,3,4,0,5,0,2,1,5,0,8,3,5,0,0,7,0,9,4,5,2,2,1,2,3,8,7,5,3,8,3,0,4,2,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,12
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
