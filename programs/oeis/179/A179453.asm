; A179453: Decimal expansion of the inradius of an icosidodecahedron with edge length 1.
; Formula: a(n) = floor((sqrtint(9*floor(10^n*10^n/5))+10^n)/16)%10
; 1,4,6,3,5,2,5,4,9,1,5,6,2,4,2,1,1,3,6,1,5,3,4,4,0,1,2,5,7,7,4,2,2,8,5,8,8,2,9,0,2,3,1,8,8,4,8,5,4,3,2,2,1,4,6,6,0,1,5,8,6,4,6,7,0,2,8,9,4,5,3,4,7,1,1,4,1,7,6,8

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
div $0,5
mul $0,9
nrt $0,2
add $0,$1
div $0,16
mod $0,10
