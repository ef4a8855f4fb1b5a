; A011091: Decimal expansion of 5th root of 6.
; Formula: a(n) = sqrtnint(6*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),5)%10
; 1,4,3,0,9,6,9,0,8,1,1,0,5,2,5,5,5,0,1,0,4,5,2,2,4,4,1,3,1,4,3,1,1,6,9,0,4,9,7,2,6,4,9,9,3,9,6,6,1,2,8,1,7,3,9,9,8,8,3,6,8,5,7,9,7,5,8,2,8,2,5,0,2,7,8,3,2,3,3,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,6
nrt $0,5
mod $0,10
