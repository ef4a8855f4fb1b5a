; A005531: Decimal expansion of fifth root of 2.
; Formula: a(n) = sqrtnint(2*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,1,4,8,6,9,8,3,5,4,9,9,7,0,3,5,0,0,6,7,9,8,6,2,6,9,4,6,7,7,7,9,2,7,5,8,9,4,4,3,8,5,0,8,8,9,0,9,7,7,9,7,5,0,5,5,1,3,7,1,1,1,1,8,4,9,3,6,0,3,2,0,6,2,5,3,5,1,3,0

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,2
nrt $0,5
mod $0,10
