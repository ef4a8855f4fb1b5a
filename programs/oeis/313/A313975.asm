; A313975: Coordination sequence Gal.4.145.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+floor((n+2)/5)+(n+floor((n+2)/5))+lodabin(floor((n+2)/5),n+floor((n+2)/5)+(n+floor((n+2)/5)))+3*n
; 1,5,10,17,22,27,32,37,44,49,54,59,64,71,76,81,86,91,98,103,108,113,118,125,130,135,140,145,152,157,162,167,172,179,184,189,194,199,206,211,216,221,226,233,238,243,248,253,260,265

mov $1,$0
mov $2,$1
mul $1,3
add $2,2
div $2,5
add $0,$2
add $0,$0
bin $2,$0
add $0,$2
add $0,$1
