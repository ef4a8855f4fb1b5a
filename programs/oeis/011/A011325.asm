; A011325: Decimal expansion of 11th root of 13.
; Formula: a(n) = sqrtnint(13*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,6,2,6,0,5,2,1,1,2,1,9,6,5,3,0,3,3,3,6,6,0,3,2,0,3,1,2,0,8,0,9,8,7,1,8,7,6,3,3,2,1,3,4,0,1,2,4,9,4,3,1,4,3,6,3,6,4,4,3,6,6,1,2,7,1,9,2,1,1,3,4,1,0,3,0,0,5,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,13
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
