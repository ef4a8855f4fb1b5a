; A011237: Decimal expansion of 13th root of 7.
; Formula: a(n) = sqrtnint(7*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,1,6,1,4,6,8,7,8,2,6,1,3,1,0,5,6,5,9,5,0,6,5,9,7,7,8,4,8,5,9,2,4,0,8,6,5,7,9,8,3,4,7,6,2,4,1,7,5,9,4,9,1,7,1,8,8,9,7,4,0,2,5,9,1,2,4,2,9,0,6,9,6,1,4,2,0,1,0,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,7
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
