; A395728: Decimal expansion of the ratio of the maximum area to the mean area of the orthogonal projection of a regular dodecahedron.
; Formula: a(n) = floor((sqrtint(5*(lodapow(10,n-1)*lodapow(10,n-1)))+lodapow(10,n-1))/3)%10
; 1,0,7,8,6,8,9,3,2,5,8,3,3,2,6,3,2,3,2,1,3,6,3,9,1,2,2,2,9,1,0,4,2,5,4,1,1,8,1,3,5,3,9,4,5,3,2,0,3,8,4,1,9,0,8,0,9,0,2,9,9,0,8,1,8,0,3,5,0,6,9,7,5,2,1,2,6,0,1,6

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,5
nrt $0,2
add $0,$1
div $0,3
mod $0,10
