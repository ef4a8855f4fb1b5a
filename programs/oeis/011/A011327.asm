; A011327: Decimal expansion of 13th root of 13.
; Formula: a(n) = sqrtnint(13*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,1,8,1,1,4,0,4,3,5,6,0,7,6,8,1,9,6,6,5,9,0,2,5,7,3,3,3,7,3,6,6,7,1,5,9,3,2,8,0,7,9,8,5,3,1,9,9,7,2,0,9,7,5,8,7,2,6,5,9,8,7,9,2,1,0,6,1,4,2,4,5,3,2,0,7,6,9,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,13
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
