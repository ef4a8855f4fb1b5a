; A011402: Decimal expansion of 13th root of 18.
; Formula: a(n) = sqrtnint(18*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,4,8,9,9,1,3,2,9,3,7,9,0,3,9,4,9,0,5,9,8,3,3,9,0,6,7,8,2,7,5,9,9,2,9,2,0,4,2,9,4,8,8,3,5,0,3,6,0,8,8,9,2,5,8,6,7,3,8,7,8,1,1,7,4,8,4,4,9,4,7,9,8,6,6,5,5,8,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,18
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
