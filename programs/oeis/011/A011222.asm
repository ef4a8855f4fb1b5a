; A011222: Decimal expansion of 13th root of 6.
; Formula: a(n) = sqrtnint(6*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,1,4,7,7,7,7,7,1,5,4,3,4,7,9,8,6,0,3,0,5,8,7,6,5,7,4,2,5,3,2,6,0,1,6,4,1,2,2,7,3,9,2,4,5,7,1,1,5,2,7,2,4,5,0,6,3,0,6,2,9,1,9,0,7,6,6,8,1,5,4,8,9,9,3,1,9,6,8,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,6
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
