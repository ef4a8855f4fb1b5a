; A102208: Decimal expansion of the volume of an icosahedron with unit edge length.
; Formula: a(n) = floor((floor(sqrtint(5*(10^n*10^n))/3)+10^n)/8)%10
; 2,1,8,1,6,9,4,9,9,0,6,2,4,9,1,2,3,7,3,5,0,3,8,2,2,3,6,1,9,7,1,3,6,5,0,9,8,1,0,0,2,5,7,6,4,9,8,3,8,1,3,5,7,1,8,4,4,6,2,0,7,1,8,5,5,8,7,7,1,7,0,5,2,3,4,9,0,8,5,3

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,5
nrt $0,2
div $0,3
add $0,$1
div $0,8
mod $0,10
