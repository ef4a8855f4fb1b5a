; A011433: Decimal expansion of 14th root of 20.
; Formula: a(n) = sqrtnint(20*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,2,3,8,5,9,8,9,6,8,4,4,5,5,5,4,2,0,5,0,3,1,1,6,2,5,0,6,8,6,0,1,1,5,3,6,8,3,5,5,7,3,8,0,0,7,9,6,3,1,9,0,2,3,4,6,0,1,7,1,3,3,4,7,0,8,9,8,9,1,6,1,9,4,0,8,2,2,4,6

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,20
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
