; A011426: Decimal expansion of 7th root of 20.
; Formula: a(n) = sqrtnint(20*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,5,3,4,1,2,7,4,0,4,6,3,4,3,9,0,9,8,1,2,7,7,8,3,5,1,2,7,2,9,5,4,1,4,8,2,8,1,5,3,4,1,6,5,0,7,2,2,9,0,1,9,1,6,1,1,7,7,3,2,0,1,1,2,4,5,5,0,7,9,6,9,6,3,8,0,8,7,9,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,20
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
