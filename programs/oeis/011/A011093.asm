; A011093: Decimal expansion of 5th root of 8.
; Formula: a(n) = sqrtnint(8*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,5,1,5,7,1,6,5,6,6,5,1,0,3,9,8,0,8,2,3,4,7,2,5,9,8,0,1,3,0,6,4,4,5,2,3,8,6,8,1,2,8,3,5,4,2,9,7,8,1,4,1,6,4,2,0,3,7,5,0,5,2,4,2,0,9,7,4,5,3,6,7,7,2,0,2,0,5,8,2

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,8
nrt $0,5
mod $0,10
