; A011261: Decimal expansion of 7th root of 9.
; Formula: a(n) = sqrtnint(9*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,3,6,8,7,3,8,1,0,6,6,4,2,2,0,1,6,7,4,8,4,2,3,6,7,7,8,8,6,6,4,0,2,9,6,5,3,0,4,9,7,8,6,9,7,9,8,1,9,0,8,2,5,9,9,3,4,9,9,2,0,2,4,3,0,2,7,7,4,4,9,2,9,5,9,9,3,5,1,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,9
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
