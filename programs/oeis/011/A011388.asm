; A011388: Decimal expansion of 14th root of 17.
; Formula: a(n) = sqrtnint(17*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,2,2,4,3,0,3,8,3,1,6,0,0,4,5,7,7,5,1,4,1,0,9,8,9,6,6,8,1,5,7,3,7,5,8,0,2,9,9,9,8,2,8,1,9,9,1,5,9,6,2,6,6,9,9,9,1,0,6,9,3,7,4,1,8,7,9,0,3,4,0,4,3,4,4,6,9,7,5,3

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,17
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
