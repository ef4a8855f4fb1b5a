; A375193: Decimal expansion of the apothem (inradius) of a regular 12-gon with unit side length.
; Formula: a(n) = (floor(sqrtint(3*(lodapow(10,n-1)*lodapow(10,n-1)))/2)+lodapow(10,n-1))%10
; 1,8,6,6,0,2,5,4,0,3,7,8,4,4,3,8,6,4,6,7,6,3,7,2,3,1,7,0,7,5,2,9,3,6,1,8,3,4,7,1,4,0,2,6,2,6,9,0,5,1,9,0,3,1,4,0,2,7,9,0,3,4,8,9,7,2,5,9,6,6,5,0,8,4,5,4,4,0,0,0

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,3
nrt $0,2
div $0,2
add $0,$1
mod $0,10
