; A011297: Decimal expansion of 13th root of 11.
; Formula: a(n) = sqrtnint(11*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,0,2,5,6,1,0,3,9,8,7,8,1,8,4,3,0,5,7,6,8,2,9,6,6,5,0,0,4,3,5,1,5,4,2,4,3,8,9,8,2,6,9,3,1,6,2,1,5,2,3,7,0,1,3,1,4,1,5,0,5,1,2,1,3,9,3,9,2,6,1,1,5,3,7,3,6,0,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,11
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
