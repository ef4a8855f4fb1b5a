; A011323: Decimal expansion of 9th root of 13.
; Formula: a(n) = sqrtnint(13*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,2,9,7,5,4,5,4,5,6,3,9,7,8,5,9,7,2,9,0,5,2,7,3,8,7,5,1,4,8,8,1,3,1,7,9,4,2,7,0,8,7,5,0,0,4,6,4,7,8,2,0,2,0,8,3,1,0,1,5,9,2,9,8,7,3,8,6,4,5,4,2,5,5,2,4,3,9,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,13
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
