; A104954: Decimal expansion of the area of the regular triangle with circumradius 1.
; Formula: a(n) = floor(sqrtint(27*lodapow(100,n-1))/4)%10
; 1,2,9,9,0,3,8,1,0,5,6,7,6,6,5,7,9,7,0,1,4,5,5,8,4,7,5,6,1,2,9,4,0,4,2,7,5,2,0,7,1,0,3,9,4,0,3,5,7,7,8,5,4,7,1,0,4,1,8,5,5,2,3,4,5,8,8,9,4,9,7,6,2,6,8,1,6,0,0,0

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mov $0,$1
mul $0,27
nrt $0,2
div $0,4
mod $0,10
