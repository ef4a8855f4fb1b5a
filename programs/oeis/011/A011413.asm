; A011413: Decimal expansion of 9th root of 19.
; Formula: a(n) = sqrtnint(19*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,8,7,0,2,3,2,2,5,8,4,4,2,1,9,1,9,7,7,3,5,5,1,7,5,4,3,1,8,0,5,8,0,2,6,0,6,9,7,6,2,5,6,8,2,6,3,0,5,3,6,5,2,8,7,4,9,8,5,6,9,3,9,3,2,1,8,9,0,1,5,3,2,2,6,2,6,0,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,19
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
