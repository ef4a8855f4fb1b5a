; A005534: Decimal expansion of fifth root of 5.
; Formula: a(n) = sqrtnint(5*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,3,7,9,7,2,9,6,6,1,4,6,1,2,1,4,8,3,2,3,9,0,0,6,3,4,6,4,2,1,6,0,1,7,6,9,2,8,5,5,6,4,9,8,7,7,9,7,7,6,0,6,1,2,1,7,7,2,7,3,7,6,7,4,7,9,1,5,0,6,1,8,9,4,2,1,6,3,5,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,5
nrt $0,5
mod $0,10
