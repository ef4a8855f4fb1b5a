; A011368: Decimal expansion of 9th root of 16.
; Formula: a(n) = sqrtnint(16*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,6,0,7,9,0,0,0,0,1,7,4,3,7,6,9,6,4,2,5,5,6,8,0,3,7,5,3,2,4,8,1,3,0,9,8,8,7,0,1,2,6,6,9,8,7,3,9,3,2,7,8,6,3,6,6,4,7,9,9,7,1,4,9,6,6,6,5,3,2,7,6,0,8,8,7,4,6,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,16
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
