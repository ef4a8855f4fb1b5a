; A011276: Decimal expansion of 7th root of 10.
; Formula: a(n) = sqrtnint(10*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)),7)%10
; 1,3,8,9,4,9,5,4,9,4,3,7,3,1,3,7,6,3,7,1,2,9,9,8,5,2,1,7,3,5,3,0,1,1,6,2,2,1,1,3,0,4,6,7,1,4,4,9,1,0,0,0,2,0,4,9,4,5,6,2,8,6,7,9,0,3,1,6,0,0,2,4,2,4,1,0,3,1,6,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,10
mul $0,$1
mul $0,$1
nrt $0,7
mod $0,10
