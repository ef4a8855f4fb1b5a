; A011188: Decimal expansion of 9th root of 4.
; Formula: a(n) = sqrtnint(4*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),9)%10
; 1,1,6,6,5,2,9,0,3,9,5,7,6,1,1,6,5,8,0,8,9,3,6,9,2,6,3,4,6,6,0,6,6,8,0,6,1,4,1,7,9,0,9,1,5,3,8,9,8,8,9,8,3,5,4,9,0,9,2,6,5,7,6,1,7,7,2,3,5,4,2,2,0,4,9,0,1,7,8,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $1,$1
mul $0,4
mul $1,$1
mul $0,$1
nrt $0,9
mod $0,10
