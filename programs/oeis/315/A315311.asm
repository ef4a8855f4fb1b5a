; A315311: Coordination sequence Gal.3.51.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+floor((3*n+2)/5)+floor((3*n+2)/5)+lodabin(floor((3*n+2)/5),n+floor((3*n+2)/5)+floor((3*n+2)/5))+3*n
; 1,6,10,16,20,26,32,36,42,46,52,58,62,68,72,78,84,88,94,98,104,110,114,120,124,130,136,140,146,150,156,162,166,172,176,182,188,192,198,202,208,214,218,224,228,234,240,244,250,254

mov $1,$0
mul $1,3
mov $2,$1
add $2,2
div $2,5
add $0,$2
add $0,$2
bin $2,$0
add $0,$2
add $0,$1
