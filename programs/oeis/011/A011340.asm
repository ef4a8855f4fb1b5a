; A011340: Decimal expansion of 11th root of 14.
; Formula: a(n) = sqrtnint(14*(lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1)))),11)%10
; 1,2,7,1,1,4,0,2,1,2,3,5,9,7,1,3,1,3,3,9,4,3,2,5,7,9,6,5,6,1,6,7,4,4,9,4,4,5,6,8,8,4,8,9,1,1,8,5,8,4,5,4,8,6,8,9,0,2,2,0,3,0,8,5,3,9,8,1,3,3,3,7,1,6,1,3,2,8,2,9

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $1,$1
mul $0,14
mul $1,$1
mul $0,$1
nrt $0,11
mod $0,10
