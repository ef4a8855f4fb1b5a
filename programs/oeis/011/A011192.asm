; A011192: Decimal expansion of 13th root of 4.
; Formula: a(n) = sqrtnint(4*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,1,1,2,5,3,1,4,7,6,0,9,6,4,8,6,9,2,0,2,6,2,0,8,8,9,7,7,1,4,9,3,9,1,3,5,3,8,4,5,0,5,3,1,7,8,1,8,0,4,8,2,0,9,7,2,1,1,8,0,4,8,4,4,0,9,0,5,5,6,2,5,2,1,0,0,5,8,2,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,4
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
