; A005533: Decimal expansion of fifth root of 4.
; Formula: a(n) = sqrtnint(4*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,3,1,9,5,0,7,9,1,0,7,7,2,8,9,4,2,5,9,3,7,4,0,0,1,9,7,1,2,2,9,6,4,0,1,3,3,0,3,3,4,6,9,0,1,3,1,9,3,4,1,8,6,8,1,5,0,5,8,0,7,7,9,5,9,8,0,5,3,5,9,8,0,8,9,3,5,2,0,8

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,4
nrt $0,5
mod $0,10
