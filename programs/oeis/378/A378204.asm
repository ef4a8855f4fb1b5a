; A378204: Decimal expansion of the surface area of a triakis tetrahedron with unit shorter edge length.
; Formula: a(n) = floor(sqrtint(11*(10^n*10^n))/6)%10
; 5,5,2,7,7,0,7,9,8,3,9,2,5,6,6,6,4,1,5,1,9,1,5,5,4,5,6,1,1,1,7,8,1,1,1,3,9,8,7,8,4,8,0,9,0,9,3,1,5,5,8,9,3,2,8,4,3,1,1,3,6,9,1,0,1,9,4,1,4,1,0,7,1,0,1,5,0,7,3,0

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,11
nrt $0,2
div $0,6
mod $0,10
