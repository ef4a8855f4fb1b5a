; A311586: Coordination sequence Gal.4.58.1 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = 2*(2*n+floor((2*n+6)/14))+lodabin(floor((2*n+6)/14),2*(2*n+floor((2*n+6)/14)))
; 1,4,8,12,18,22,26,30,34,38,42,48,52,56,60,64,68,72,78,82,86,90,94,98,102,108,112,116,120,124,128,132,138,142,146,150,154,158,162,168,172,176,180,184,188,192,198,202,206,210

mul $0,2
mov $1,$0
add $1,6
div $1,14
add $0,$1
mul $0,2
bin $1,$0
add $0,$1
