; A312475: Coordination sequence Gal.3.16.1 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = 2*(2*n+floor((n+2)/5))+lodabin(floor((n+2)/5),2*(2*n+floor((n+2)/5)))
; 1,4,8,14,18,22,26,30,36,40,44,48,52,58,62,66,70,74,80,84,88,92,96,102,106,110,114,118,124,128,132,136,140,146,150,154,158,162,168,172,176,180,184,190,194,198,202,206,212,216

mov $1,$0
mul $0,2
add $1,2
div $1,5
add $0,$1
mul $0,2
bin $1,$0
add $0,$1
