; A011218: Decimal expansion of 9th root of 6.
; Formula: a(n) = sqrtnint(6*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,2,2,0,2,8,4,9,3,5,8,7,2,8,1,0,4,5,6,0,5,7,9,5,4,8,5,1,0,1,1,8,3,8,3,2,4,0,1,7,3,5,8,4,6,9,3,2,6,1,3,2,5,0,7,0,1,9,7,3,6,0,1,4,7,6,3,2,7,7,5,9,7,0,5,7,7,3,2,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,6
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
