; A011343: Decimal expansion of 14th root of 14.
; Formula: a(n) = sqrtnint(14*(lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1)))*(lodapow(100,n-1)*lodapow(100,n-1)*(lodapow(100,n-1)*lodapow(100,n-1))),14)%10
; 1,2,0,7,4,4,2,0,2,7,4,1,8,4,1,1,3,1,0,4,0,7,4,6,9,8,7,6,1,6,8,9,3,2,9,6,3,9,3,1,9,1,2,6,5,7,7,8,4,4,2,2,1,5,7,0,0,3,9,1,3,4,1,7,4,3,4,8,2,0,7,9,0,2,4,3,5,8,1,9

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
mul $0,14
mul $1,$1
mul $0,$1
nrt $0,14
mod $0,10
