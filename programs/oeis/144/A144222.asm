; A144222: Floor of the volumes of the first sixteen Lobell polyhedra.
; Formula: a(n) = n-4+sqrtnint(n*(n-4),3)+2
; 4,6,7,9,10,11,13,14,15,17,18,19,21,22,23,24

#offset 5

sub $0,4
mov $1,$0
add $1,4
mul $1,$0
nrt $1,3
add $0,$1
add $0,2
