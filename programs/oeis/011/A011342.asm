; A011342: Decimal expansion of 13th root of 14.
; Formula: a(n) = sqrtnint(14*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,2,5,0,7,7,8,7,0,7,9,2,7,4,0,0,5,8,3,7,8,9,8,7,9,2,3,6,9,3,9,3,8,2,4,7,5,6,9,6,3,7,1,0,6,9,2,4,2,0,2,3,0,0,9,2,6,3,7,5,9,4,4,7,8,6,4,3,5,9,1,0,0,4,5,3,5,2,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,14
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
