; A374948: Decimal expansion of the Euclidean length of the minimum Steiner tree joining all the vertices of a unit cube.
; Formula: a(n) = (sqrtint(27*(lodapow(10,n-1)*lodapow(10,n-1)))+lodapow(10,n-1))%10
; 6,1,9,6,1,5,2,4,2,2,7,0,6,6,3,1,8,8,0,5,8,2,3,3,9,0,2,4,5,1,7,6,1,7,1,0,0,8,2,8,4,1,5,7,6,1,4,3,1,1,4,1,8,8,4,1,6,7,4,2,0,9,3,8,3,5,5,7,9,9,0,5,0,7,2,6,4,0,0,1

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,27
nrt $0,2
add $0,$1
mod $0,10
