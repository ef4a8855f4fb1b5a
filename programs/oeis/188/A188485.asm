; A188485: Decimal expansion of (3+sqrt(17))/4, which has periodic continued fractions [1,1,3,1,1,3,1,1,3,...] and [3/2, 3, 3/2, 3, 3/2, ...].
; Formula: a(n) = lodamod(truncate((sqrtint(17*(lodapow(-10,n-1)*lodapow(-10,n-1)))+lodapow(-10,n-1))/4),10)
; 1,7,8,0,7,7,6,4,0,6,4,0,4,4,1,5,1,3,7,4,5,5,3,5,2,4,6,3,9,9,3,5,1,9,2,5,6,2,8,6,7,9,9,8,0,6,3,4,3,4,0,5,1,0,8,5,9,9,6,5,8,3,9,3,2,7,3,7,3,8,5,8,6,5,8,4,4,0,5,3

#offset 1

sub $0,1
mov $1,-10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,17
nrt $0,2
add $0,$1
div $0,4
mod $0,10
