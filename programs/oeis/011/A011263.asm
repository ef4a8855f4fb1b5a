; A011263: Decimal expansion of 9th root of 9.
; Formula: a(n) = sqrtnint(9*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,2,7,6,5,1,8,0,0,7,0,0,9,2,4,1,6,5,9,6,8,4,3,9,8,6,5,0,5,8,2,7,1,6,2,8,2,1,4,2,6,0,8,9,9,5,9,4,8,4,7,8,3,5,3,0,7,4,3,6,4,2,2,0,5,1,3,8,2,6,8,2,3,5,8,8,7,5,9,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,9
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
