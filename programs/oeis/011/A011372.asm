; A011372: Decimal expansion of 13th root of 16.
; Formula: a(n) = sqrtnint(16*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,3,7,7,2,6,2,8,5,3,0,5,4,2,8,0,4,7,6,3,7,0,6,2,0,3,8,9,6,4,3,4,7,9,8,7,2,0,0,6,3,1,5,1,0,3,9,6,7,3,8,3,4,4,0,2,9,0,4,9,0,8,3,5,5,3,7,4,8,5,5,7,1,7,0,6,2,6,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,16
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
