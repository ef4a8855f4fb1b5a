; A384287: Decimal expansion of the volume of a square orthobicupola with unit edge.
; Formula: a(n) = floor((sqrtint(8*floor(10^n*10^n/9))+10^n)/5)%10
; 3,8,8,5,6,1,8,0,8,3,1,6,4,1,2,6,7,3,1,7,3,5,5,8,4,9,6,5,6,1,2,9,3,0,7,7,1,4,2,6,2,2,9,1,6,7,1,6,9,2,6,4,0,9,7,5,6,8,9,0,6,3,1,7,3,2,0,9,7,6,6,3,7,9,4,9,4,7,6,0

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
div $0,9
mul $0,8
nrt $0,2
add $0,$1
div $0,5
mod $0,10
