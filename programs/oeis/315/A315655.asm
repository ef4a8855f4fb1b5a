; A315655: Coordination sequence Gal.6.644.5 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+(n+n)+5+(n+n)+(n+n)+(n+n))/11)+(n+n+floor((n+(n+n)+5+(n+n)+(n+n)+(n+n))/11))+(n==0)
; 1,6,12,16,22,28,34,40,46,50,56,62,68,74,78,84,90,96,102,108,112,118,124,130,136,140,146,152,158,164,170,174,180,186,192,198,202,208,214,220,226,232,236,242,248,254,260,264,270,276

mov $2,$0
mov $1,$0
add $0,$2
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
