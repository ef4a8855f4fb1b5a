; A011308: Decimal expansion of 9th root of 12.
; Formula: a(n) = sqrtnint(12*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,1,7,9,8,0,6,2,9,2,1,3,0,0,2,2,3,9,7,7,5,9,1,7,7,4,1,9,8,8,2,9,6,2,7,7,0,8,2,9,7,6,7,3,9,9,6,1,3,7,4,6,4,3,5,9,2,4,6,6,7,2,9,8,6,9,1,4,3,9,0,7,8,3,0,0,8,6,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,12
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
