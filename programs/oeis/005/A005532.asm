; A005532: Decimal expansion of fifth root of 3.
; Formula: a(n) = sqrtnint(3*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,2,4,5,7,3,0,9,3,9,6,1,5,5,1,7,3,2,5,9,6,6,6,8,0,3,3,6,6,4,0,3,0,5,0,8,0,9,3,9,3,0,9,9,9,3,0,6,8,7,7,9,8,1,1,0,4,6,1,7,3,0,1,4,3,6,0,7,4,6,6,5,3,7,7,5,4,9,3,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,3
nrt $0,5
mod $0,10
