; A351210: Decimal expansion of the 13th root of 3.
; Formula: a(n) = sqrtnint(3*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),13)%10
; 1,0,8,8,1,8,2,2,4,3,4,6,3,3,1,6,7,3,7,4,8,0,9,4,6,1,5,2,6,0,6,2,5,7,9,6,2,6,6,6,0,2,6,8,4,5,1,6,8,2,4,8,4,2,8,3,6,0,3,2,9,7,5,4,4,6,2,6,0,5,1,4,2,6,0,3,0,7,8,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,$1
mul $0,3
mul $1,$1
mul $0,$1
nrt $0,13
mod $0,10
