; A011383: Decimal expansion of 9th root of 17.
; Formula: a(n) = sqrtnint(17*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,6,9,9,8,7,3,1,7,7,3,9,7,4,5,7,0,2,1,0,9,1,7,1,6,9,0,6,5,1,9,8,2,1,8,3,1,9,8,6,3,0,3,7,4,6,9,3,9,5,9,9,0,4,8,4,2,2,2,9,0,4,0,7,2,3,6,2,5,4,8,7,1,1,5,4,3,2,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,17
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
