; A011203: Decimal expansion of 9th root of 5.
; Formula: a(n) = sqrtnint(5*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,1,9,5,8,1,3,1,7,4,5,0,0,4,0,1,9,4,1,4,6,0,0,4,8,4,0,0,2,5,3,5,9,5,6,2,2,3,4,3,9,4,8,2,6,4,2,7,7,8,9,6,9,7,2,4,4,5,6,9,7,9,1,7,0,1,9,5,2,2,0,3,0,3,3,0,5,6,9,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,5
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
