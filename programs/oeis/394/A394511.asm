; A394511: Minimum number of cells in a connected enclosing shell of an n-cell connected hole on the truncated-square (4.8.8) Archimedean tiling.
; 4,8,8,8,8,10,10,10,12,12,12,12,12,14,14,14,14,14,16,16

add $0,$0
mov $1,$0
sub $0,1
add $0,1
add $0,1
sub $0,1
mul $0,3
div $0,3
nrt $0,2
add $0,1
max $0,3
sub $0,-3
mov $2,$1
equ $2,0
mul $2,-2
add $0,$2
sub $0,4
mul $0,2
add $0,4
