; A011387: Decimal expansion of 13th root of 17.
; Formula: a(n) = sqrtnint(17*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,4,3,5,1,1,8,1,7,9,6,0,5,8,0,3,3,9,7,5,9,8,0,1,3,2,0,6,0,2,0,5,0,9,3,7,2,2,7,9,6,0,9,7,1,9,4,0,3,6,6,5,5,5,0,5,1,2,6,1,6,7,3,0,6,8,6,9,9,2,0,7,0,6,9,7,1,4,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,17
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
