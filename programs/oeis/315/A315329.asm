; A315329: Coordination sequence Gal.6.635.6 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+(n+n)+5+(n+n)+(n+n))/11)+(n+n+floor((n+(n+n)+5+(n+n)+(n+n))/11))+(n==0)
; 1,6,10,16,22,26,32,36,42,48,52,58,64,68,74,80,84,90,94,100,106,110,116,122,126,132,138,142,148,152,158,164,168,174,180,184,190,196,200,206,210,216,222,226,232,238,242,248,254,258

mov $1,$0
mov $2,$0
add $0,$2
add $2,$0
add $2,5
add $2,$0
add $2,$0
div $2,11
add $0,$2
mov $2,$0
add $0,$2
equ $1,0
add $0,$1
