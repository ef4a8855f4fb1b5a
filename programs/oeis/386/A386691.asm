; A386691: Decimal expansion of the volume of a parabidiminished rhombicosidodecahedron with unit edges.
; Formula: a(n) = floor((sqrtint(5*(lodapow(10,n-1)*lodapow(10,n-1)))+lodapow(10,n-1))/12)%10+(n-2==0)
; 3,6,9,6,7,2,3,3,1,4,5,8,3,1,5,8,0,8,0,3,4,0,9,7,8,0,5,7,2,7,6,0,6,3,5,2,9,5,3,3,8,4,8,6,3,3,0,0,9,6,0,4,7,7,0,2,2,5,7,4,7,7,0,4,5,0,8,7,6,7,4,3,8,0,3,1,5,0,4,0

#offset 2

sub $0,2
mov $1,$0
add $0,1
mov $2,10
pow $2,$0
mov $0,$2
mul $0,$2
mul $0,5
nrt $0,2
add $0,$2
div $0,12
mod $0,10
equ $1,0
add $0,$1
