; A011233: Decimal expansion of 9th root of 7.
; Formula: a(n) = sqrtnint(7*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,2,4,1,3,6,5,8,1,7,0,1,5,2,0,8,6,7,7,5,7,6,6,2,6,3,9,1,2,9,5,0,9,3,6,2,2,9,6,7,5,9,6,7,0,0,5,5,1,5,3,2,4,2,2,3,7,5,0,8,9,4,2,3,8,6,0,1,8,6,8,2,3,3,8,1,3,9,6,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,7
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
