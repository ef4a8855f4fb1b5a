; A011293: Decimal expansion of 9th root of 11.
; Formula: a(n) = sqrtnint(11*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,0,5,2,9,9,8,8,0,7,9,4,9,1,9,7,8,4,0,3,3,2,9,4,8,4,1,0,5,9,1,2,9,6,6,6,3,6,8,6,2,5,4,9,6,0,8,0,0,6,1,5,9,7,0,1,7,6,1,8,5,2,0,6,2,8,8,0,7,0,6,1,3,9,9,1,5,9,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,11
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
