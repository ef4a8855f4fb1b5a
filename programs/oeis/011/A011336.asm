; A011336: Decimal expansion of 7th root of 14.
; Formula: a(n) = sqrtnint(14*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,4,5,7,9,1,6,2,4,9,5,7,6,2,8,3,5,3,0,6,9,1,3,1,1,2,7,1,1,2,2,6,0,6,9,3,4,3,0,6,9,2,6,7,6,4,4,7,1,3,5,4,2,5,2,2,1,1,1,9,4,6,6,4,4,9,3,3,7,9,2,5,1,9,7,1,8,5,5,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,14
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
