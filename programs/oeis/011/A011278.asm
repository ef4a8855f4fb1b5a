; A011278: Decimal expansion of 9th root of 10.
; Formula: a(n) = sqrtnint(10*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,2,9,1,5,4,9,6,6,5,0,1,4,8,8,3,8,7,5,4,1,0,0,7,5,5,4,6,4,7,2,0,8,7,5,4,2,9,7,5,9,5,5,2,6,3,1,6,0,7,8,2,5,1,0,3,0,5,4,9,8,7,2,3,6,3,5,4,5,2,2,6,7,5,4,4,4,6,6,3

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,10
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
