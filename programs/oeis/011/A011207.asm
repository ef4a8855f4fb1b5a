; A011207: Decimal expansion of 13th root of 5.
; Formula: a(n) = sqrtnint(5*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,1,3,1,7,9,2,7,9,1,1,5,2,7,8,6,6,3,2,6,0,5,7,8,2,2,7,7,6,4,2,9,7,9,7,9,0,1,7,9,8,6,6,9,6,3,6,2,9,4,7,9,0,0,7,9,3,0,9,8,2,3,7,0,2,5,1,3,6,1,9,7,5,4,1,8,7,4,4,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,5
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
