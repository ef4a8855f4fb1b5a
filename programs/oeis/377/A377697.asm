; A377697: Decimal expansion of the midradius of a truncated dodecahedron with unit edge length.
; Formula: a(n) = floor((sqrtint(9*floor(10^n*10^n/5))+10^n)/8)%10
; 2,9,2,7,0,5,0,9,8,3,1,2,4,8,4,2,2,7,2,3,0,6,8,8,0,2,5,1,5,4,8,4,5,7,1,7,6,5,8,0,4,6,3,7,6,9,7,0,8,6,4,4,2,9,3,2,0,3,1,7,2,9,3,4,0,5,7,8,9,0,6,9,4,2,2,8,3,5,3,6

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
div $0,5
mul $0,9
nrt $0,2
add $0,$1
div $0,8
mod $0,10
