; A011267: Decimal expansion of 13th root of 9.
; Formula: a(n) = sqrtnint(9*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,1,8,4,1,4,0,5,9,4,9,8,8,8,5,7,1,4,2,4,3,7,5,7,8,7,0,7,4,4,0,5,8,4,1,4,4,7,2,8,8,3,4,8,7,6,3,3,8,9,4,1,3,0,4,5,1,8,9,7,0,3,0,6,4,4,8,7,8,5,6,7,9,9,8,7,0,2,9,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,9
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
