; A011446: Decimal expansion of 27th root of 27.
; Formula: a(n) = sqrtnint(3*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,1,2,9,8,3,0,9,6,3,9,0,9,7,5,3,0,3,2,6,1,2,1,6,6,1,0,4,2,8,2,8,4,1,8,7,4,4,8,4,0,0,3,8,9,3,8,3,6,8,4,9,6,2,9,8,9,3,1,5,1,2,0,1,5,4,1,1,0,6,0,3,3,6,8,1,2,0,0,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,3
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
