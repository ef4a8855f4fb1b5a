; A011321: Decimal expansion of 7th root of 13.
; Formula: a(n) = sqrtnint(13*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,4,4,2,5,6,2,9,1,9,4,4,2,9,7,7,7,3,0,8,7,9,4,4,0,7,6,5,7,4,1,9,4,9,7,4,0,9,4,2,3,0,0,3,3,6,7,5,1,4,9,1,2,7,7,8,7,2,0,8,1,7,6,2,0,7,6,0,4,4,0,1,3,6,0,0,6,5,6,0

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,13
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
