; A011246: Decimal expansion of 7th root of 8.
; Formula: a(n) = sqrtnint(8*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,3,4,5,9,0,0,1,9,2,6,3,2,3,5,6,1,3,1,9,4,2,8,3,2,6,0,3,7,5,0,9,4,1,9,0,4,3,6,6,2,4,7,0,2,6,7,7,7,4,7,6,7,2,3,2,5,0,2,8,3,1,3,1,8,8,8,5,0,0,2,0,8,2,9,3,5,4,8,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,8
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
