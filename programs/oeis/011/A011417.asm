; A011417: Decimal expansion of 13th root of 19.
; Formula: a(n) = sqrtnint(19*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,5,4,1,9,6,7,2,2,7,3,3,2,0,4,6,5,8,6,6,1,0,4,4,2,3,2,7,2,4,0,1,3,1,3,4,0,2,2,3,0,9,1,0,8,6,7,5,3,9,8,1,1,5,3,3,7,1,8,1,2,3,1,1,6,9,6,3,8,0,7,4,3,4,4,5,3,0,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,19
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
