; A319764: Number of non-isomorphic intersecting set systems of weight n with empty intersection.
; 1,0,0,0,0,0,1,1,3,8,18

mov $4,$0
sub $0,1
bin $0,5
mov $3,$0
add $3,6
mov $0,$3
div $0,7
mul $0,4
div $0,4
mov $5,$4
equ $5,0
add $0,$5
