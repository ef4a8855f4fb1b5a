; A319764: Number of non-isomorphic intersecting set systems of weight n with empty intersection.
; 1,0,0,0,0,0,1,1,3,8,18

mov $4,$0
sub $0,1
sub $0,8
add $0,1
sub $0,1
sub $0,2
add $0,2
sub $0,1
add $0,1
add $0,2
sub $0,1
add $0,2
mov $3,$0
add $0,3
add $0,2
bin $0,$3
sub $0,7
div $0,7
add $0,1
mov $5,$4
equ $5,0
add $0,$5
