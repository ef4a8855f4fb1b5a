; A011313: Decimal expansion of 14th root of 12.
; Formula: a(n) = sqrtnint(12*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,1,9,4,2,2,0,0,9,4,9,6,8,8,3,7,3,2,5,3,6,8,8,8,4,1,8,9,2,9,2,2,9,1,9,6,1,3,9,1,2,2,7,8,0,0,1,5,3,2,1,6,5,0,0,0,7,1,2,7,7,3,8,0,6,3,1,9,6,5,2,4,0,7,5,1,9,7,1,3

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,12
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
