; A315610: Coordination sequence Gal.5.256.5 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+floor((4*n+2)/5)+floor((4*n+2)/5)+(n+floor((4*n+2)/5)+floor((4*n+2)/5))+(4*n==0)
; 1,6,12,14,20,26,32,38,40,46,52,58,64,66,72,78,84,90,92,98,104,110,116,118,124,130,136,142,144,150,156,162,168,170,176,182,188,194,196,202,208,214,220,222,228,234,240,246,248,254

mov $1,$0
mul $1,4
mov $2,$1
add $2,2
div $2,5
add $0,$2
add $0,$2
mov $2,$0
equ $1,0
add $0,$2
add $0,$1
