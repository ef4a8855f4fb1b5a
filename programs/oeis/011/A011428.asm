; A011428: Decimal expansion of 9th root of 20.
; Formula: a(n) = sqrtnint(20*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,3,9,4,9,5,0,7,9,3,9,6,2,4,2,0,9,7,9,3,6,5,9,2,8,7,1,8,8,6,1,8,3,8,9,6,5,5,5,3,3,8,6,4,6,5,7,9,3,3,6,6,7,3,6,0,3,8,2,9,7,4,1,5,3,9,2,5,1,3,0,3,9,9,1,4,9,2,3,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,20
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
