; A011353: Decimal expansion of 9th root of 15.
; Formula: a(n) = sqrtnint(15*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,5,1,0,6,6,7,5,1,6,0,1,7,7,0,8,3,1,3,4,6,1,9,8,1,5,4,0,3,1,1,0,4,1,6,7,9,4,8,9,0,0,4,0,3,4,5,0,6,8,2,0,2,8,2,8,4,6,7,7,7,5,0,4,1,8,4,7,7,9,4,6,6,6,7,4,8,8,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,15
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
