; A011223: Decimal expansion of 14th root of 6.
; Formula: a(n) = sqrtnint(6*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,1,3,6,5,3,3,4,7,6,0,0,9,7,2,4,3,2,0,1,7,8,0,6,0,1,1,0,6,3,8,8,1,4,3,7,0,8,6,9,0,8,5,1,0,0,1,9,6,8,9,5,2,2,3,2,0,2,0,3,9,1,2,3,2,5,6,3,3,2,3,5,4,5,4,3,1,8,1,0

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,6
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
