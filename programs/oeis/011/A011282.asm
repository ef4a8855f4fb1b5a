; A011282: Decimal expansion of 13th root of 10.
; Formula: a(n) = sqrtnint(10*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,1,9,3,7,7,6,6,4,1,7,1,4,4,3,6,5,0,6,0,9,1,6,8,1,5,7,4,0,5,7,7,2,5,6,4,9,2,3,4,4,4,0,5,9,6,0,6,9,7,7,8,9,3,5,8,5,6,6,1,6,9,5,1,0,6,2,1,7,9,8,4,5,9,6,7,1,5,1,0

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,10
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
