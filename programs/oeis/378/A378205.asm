; A378205: Decimal expansion of the volume of a triakis tetrahedron with unit shorter edge length.
; Formula: a(n) = floor(sqrtint(floor(floor(10^(n+3)/3)*10^(n+3)/6))/24)%10
; 9,8,2,0,9,2,7,5,1,6,4,7,9,8,2,6,7,2,7,7,8,9,5,0,5,0,2,9,2,3,4,0,1,4,4,3,4,5,1,1,6,1,0,2,4,5,6,7,3,2,5,0,5,0,8,1,7,1,3,8,7,0,6,9,3,8,0,0,8,6,6,5,5,9,8,6,8,5,4,4

add $0,3
mov $1,10
pow $1,$0
mov $0,$1
div $0,3
mul $0,$1
div $0,6
nrt $0,2
div $0,24
mod $0,10
