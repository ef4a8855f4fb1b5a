; A312472: Coordination sequence Gal.6.149.6 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+n+5)/11)+(n+n+floor((n+n+5)/11))+(n==0)
; 1,4,8,14,18,22,26,30,34,40,44,48,52,56,62,66,70,74,78,82,88,92,96,100,104,110,114,118,122,126,130,136,140,144,148,152,158,162,166,170,174,178,184,188,192,196,200,206,210,214

mov $1,$0
mov $2,$0
add $0,$2
mov $2,$0
add $2,5
div $2,11
add $0,$2
mov $2,$0
add $0,$2
equ $1,0
add $0,$1
