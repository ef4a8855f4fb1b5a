; A011186: Decimal expansion of 7th root of 4.
; Formula: a(n) = sqrtnint(4*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,2,1,9,0,1,3,6,5,4,2,0,4,4,7,5,4,4,0,9,1,1,6,9,1,0,0,2,5,9,2,5,6,0,8,5,7,2,7,7,4,1,1,9,3,5,8,5,9,9,6,0,8,0,6,5,9,0,9,7,1,5,1,4,8,3,2,0,6,7,2,9,5,4,5,9,6,6,7,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,4
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
