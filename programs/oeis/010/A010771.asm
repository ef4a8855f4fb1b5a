; A010771: Decimal expansion of 9th root of 2.
; Formula: a(n) = sqrtnint(2*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,0,8,0,0,5,9,7,3,8,8,9,2,3,0,6,1,6,9,8,7,2,9,3,0,8,3,1,2,8,8,5,9,6,9,1,2,7,3,7,4,6,6,7,6,2,4,6,5,6,4,4,7,3,3,1,3,6,4,9,7,1,2,2,2,8,3,5,3,4,8,7,6,5,7,8,2,5,8,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,2
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
