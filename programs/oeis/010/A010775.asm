; A010775: Decimal expansion of 13th root of 2.
; Formula: a(n) = sqrtnint(2*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,0,5,4,7,6,6,0,7,6,4,8,1,6,4,6,6,7,3,6,7,9,1,9,0,9,5,7,8,2,6,7,2,9,6,7,4,8,2,0,2,8,5,6,9,9,2,0,1,6,9,0,4,0,8,5,6,8,5,6,2,8,8,9,6,8,6,4,3,4,3,2,7,6,4,6,9,2,0,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,2
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
