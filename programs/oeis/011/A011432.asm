; A011432: Decimal expansion of 13th root of 20.
; Formula: a(n) = sqrtnint(20*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,5,9,1,5,5,1,0,4,5,7,6,5,7,2,6,5,4,6,7,9,1,4,6,7,3,0,0,5,6,3,7,8,1,6,9,7,4,8,6,4,4,3,1,9,5,0,9,9,3,5,4,4,5,6,5,1,1,4,6,2,6,2,9,0,3,4,8,5,1,3,7,3,7,2,2,7,8,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,20
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
