; A011291: Decimal expansion of 7th root of 11.
; Formula: a(n) = sqrtnint(11*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,4,0,8,5,4,3,8,8,8,4,2,8,6,9,9,4,1,1,4,0,6,5,8,4,6,2,8,7,5,6,8,3,1,1,6,0,4,9,8,8,5,3,4,1,2,3,4,7,8,2,0,2,4,4,6,8,9,2,2,6,3,0,2,7,1,6,8,8,8,4,2,9,0,3,2,3,3,4,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,11
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
