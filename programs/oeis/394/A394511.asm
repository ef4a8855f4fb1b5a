; A394511: Minimum number of cells in a connected enclosing shell of an n-cell connected hole on the truncated-square (4.8.8) Archimedean tiling.
; Formula: a(n) = 2*sqrtint(2*((n==1)+n))+4
; 4,8,8,8,8,10,10,10,12,12,12,12,12,14,14,14,14,14,16,16

mov $1,$0
equ $0,1
add $0,$1
mul $0,2
nrt $0,2
mul $0,2
add $0,4
