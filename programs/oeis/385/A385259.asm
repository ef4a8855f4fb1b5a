; A385259: Decimal expansion of the surface area of a gyroelongated square bicupola with unit edge.
; Formula: a(n) = sqrtint(6*(18*lodapow(10,n-3)*lodapow(10,n-3)-(n-3)))%10
; 2,0,3,9,2,3,0,4,8,4,5,4,1,3,2,6,3,7,6,1,1,6,4,6,7,8,0,4,9,0,3,5,2,3,4,2,0,1,6,5,6,8,3,1,5,2,2,8,6,2,2,8,3,7,6,8,3,3,4,8,4,1,8,7,6,7,1,1,5,9,8,1,0,1,4,5,2,8,0,0

#offset 2

sub $0,3
mov $1,$0
mov $2,10
pow $2,$0
mov $0,$2
mul $0,18
mul $0,$2
sub $0,$1
mul $0,6
nrt $0,2
mod $0,10
