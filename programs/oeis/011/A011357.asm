; A011357: Decimal expansion of 13th root of 15.
; Formula: a(n) = sqrtnint(15*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,2,3,1,5,9,6,8,1,8,6,1,2,2,4,8,4,5,7,0,7,0,7,4,0,0,5,3,1,8,3,7,4,6,1,2,0,2,4,4,7,4,3,6,0,9,2,2,9,2,7,4,3,1,7,6,2,8,5,9,5,1,4,7,4,7,8,7,5,3,4,8,9,9,0,1,4,3,7,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,15
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
