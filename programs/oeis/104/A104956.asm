; A104956: Decimal expansion of the area of the regular hexagon with circumradius 1.
; Formula: a(n) = sqrtint(floor(27*lodapow(100,n-1)/4))%10
; 2,5,9,8,0,7,6,2,1,1,3,5,3,3,1,5,9,4,0,2,9,1,1,6,9,5,1,2,2,5,8,8,0,8,5,5,0,4,1,4,2,0,7,8,8,0,7,1,5,5,7,0,9,4,2,0,8,3,7,1,0,4,6,9,1,7,7,8,9,9,5,2,5,3,6,3,2,0,0,0

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $0,27
div $0,4
nrt $0,2
mod $0,10
