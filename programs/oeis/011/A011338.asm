; A011338: Decimal expansion of 9th root of 14.
; Formula: a(n) = sqrtnint(14*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,4,0,7,4,9,2,4,0,1,9,5,2,8,0,6,0,3,9,1,0,7,5,9,9,3,9,5,1,0,3,5,4,3,9,1,1,9,2,4,6,1,0,6,7,5,1,7,6,0,0,3,5,1,8,3,6,0,4,8,3,1,2,9,7,9,7,7,2,3,7,5,6,2,3,9,8,7,0

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,14
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
