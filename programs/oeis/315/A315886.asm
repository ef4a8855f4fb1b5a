; A315886: Coordination sequence Gal.6.527.6 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+floor((4*n+3)/7)+floor((4*n+3)/7)+(n+floor((4*n+3)/7)+floor((4*n+3)/7))+(4*n==0)
; 1,6,8,14,16,22,24,30,36,38,44,46,52,54,60,66,68,74,76,82,84,90,96,98,104,106,112,114,120,126,128,134,136,142,144,150,156,158,164,166,172,174,180,186,188,194,196,202,204,210

mov $1,$0
mul $1,4
mov $2,$1
add $2,3
div $2,7
add $0,$2
add $0,$2
mov $2,$0
equ $1,0
add $0,$2
add $0,$1
