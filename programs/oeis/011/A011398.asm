; A011398: Decimal expansion of 9th root of 18.
; Formula: a(n) = sqrtnint(18*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,7,8,7,1,5,7,0,5,3,4,1,7,2,8,6,0,4,1,4,5,6,6,0,2,6,7,1,9,7,5,4,9,9,0,6,5,3,4,2,8,5,9,4,6,2,2,6,4,7,5,2,7,7,4,6,3,7,2,0,5,1,6,4,9,4,3,1,0,4,2,9,1,5,8,1,3,0,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,18
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
