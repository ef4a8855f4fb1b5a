; A315339: Coordination sequence Gal.4.141.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((12*n+3)/7)+floor((12*n+3)/7)+(12*n==0)
; 1,6,10,16,22,28,32,38,44,48,54,60,66,70,76,82,86,92,98,104,108,114,120,124,130,136,142,146,152,158,162,168,174,180,184,190,196,200,206,212,218,222,228,234,238,244,250,256,260,266

mov $1,$0
mul $1,12
mov $2,$1
add $2,3
div $2,7
add $0,$0
add $0,$2
equ $1,0
add $0,$2
add $0,$1
