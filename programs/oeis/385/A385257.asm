; A385257: Decimal expansion of the surface area of a gyroelongated triangular bicupola with unit edge.
; Formula: a(n) = sqrtint(75*100^(max(max(n-3,0)-1,0)+1))%10+(-2*(max(n-3,0)==0))+(-3*(n-2==0))
; 1,4,6,6,0,2,5,4,0,3,7,8,4,4,3,8,6,4,6,7,6,3,7,2,3,1,7,0,7,5,2,9,3,6,1,8,3,4,7,1,4,0,2,6,2,6,9,0,5,1,9,0,3,1,4,0,2,7,9,0,3,4,8,9,7,2,5,9,6,6,5,0,8,4,5,4,4,0,0,0

#offset 2

sub $0,2
mov $1,$0
sub $0,1
max $0,0
mov $2,$0
sub $0,1
max $0,0
add $0,1
mov $3,100
pow $3,$0
mov $0,$3
mul $0,75
nrt $0,2
mod $0,10
equ $2,0
mul $2,-2
add $0,$2
equ $1,0
mul $1,-3
add $0,$1
