; A011094: Decimal expansion of 5th root of 9.
; Formula: a(n) = sqrtnint(9*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,5,5,1,8,4,5,5,7,3,9,1,5,3,5,9,6,7,4,2,7,3,3,4,5,1,3,5,5,1,6,6,9,9,3,2,3,2,6,2,3,4,6,2,9,3,8,0,9,6,6,7,8,3,7,7,3,6,3,4,0,4,9,9,7,8,2,9,0,6,3,5,7,1,7,0,7,0,8,0

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,9
nrt $0,5
mod $0,10
