; A189966: Decimal expansion of (3+sqrt(33))/4, which has periodic continued fractions [2,5,2,1,2,5,2,1,...] and [3/2, 1, 3/2, 1, ...].
; Formula: a(n) = lodamod(truncate((sqrtint(33*(lodapow(10,n-1)*lodapow(10,n-1)))-lodapow(10,n-1))/4),10)+(n-1==0)
; 2,1,8,6,1,4,0,6,6,1,6,3,4,5,0,7,1,6,4,9,6,2,6,5,2,8,6,7,0,5,4,7,3,2,3,2,9,5,5,5,0,6,6,1,1,4,4,9,5,6,9,8,0,9,1,9,2,4,9,6,9,3,6,7,6,4,1,4,7,5,1,8,0,3,6,4,3,5,1,1

#offset 1

sub $0,1
mov $1,$0
mov $2,10
pow $2,$0
mov $0,$2
mul $0,$2
mul $0,33
nrt $0,2
sub $0,$2
div $0,4
mod $0,10
equ $1,0
add $0,$1
