; A011252: Decimal expansion of 13th root of 8.
; Formula: a(n) = sqrtnint(8*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,1,7,3,4,6,0,4,6,0,0,0,4,6,2,6,3,9,1,0,9,5,4,4,1,7,5,2,9,8,5,3,2,6,9,8,9,1,2,8,8,2,3,6,0,9,4,1,1,6,7,4,0,9,5,2,5,7,1,4,0,1,1,8,0,5,6,3,8,9,3,4,9,7,6,5,5,2,8,3

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,8
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
