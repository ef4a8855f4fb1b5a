; A315767: Coordination sequence Gal.6.627.6 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+n+(n+n)+5+(n+n)+(n+n)+(n+n))/11)+(n+n+floor((n+n+(n+n)+5+(n+n)+(n+n)+(n+n))/11))+(n==0)
; 1,6,12,18,24,30,34,40,46,52,58,64,70,76,82,88,94,98,104,110,116,122,128,134,140,146,152,158,162,168,174,180,186,192,198,204,210,216,222,226,232,238,244,250,256,262,268,274,280,286

mov $1,$0
mov $2,$0
add $0,$2
mov $2,$0
add $2,$0
add $2,5
add $2,$0
add $2,$0
add $2,$0
div $2,11
add $0,$2
mov $2,$0
add $0,$2
equ $1,0
add $0,$1
