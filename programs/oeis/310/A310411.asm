; A310411: Coordination sequence Gal.4.72.1 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((10*n+3)/7)+floor((10*n+3)/7)+(10*n==0)
; 1,4,10,14,20,24,30,34,38,44,48,54,58,64,68,72,78,82,88,92,98,102,106,112,116,122,126,132,136,140,146,150,156,160,166,170,174,180,184,190,194,200,204,208,214,218,224,228,234,238

mov $1,$0
mul $1,10
mov $2,$1
add $2,3
div $2,7
add $0,$0
add $0,$2
equ $1,0
add $0,$2
add $0,$1
