; A310378: Coordination sequence Gal.6.320.1 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+n+5+(n+n))/11)+(n+n+floor((n+n+5+(n+n))/11))+(n==0)
; 1,4,10,14,18,24,28,34,38,42,48,52,56,62,66,70,76,80,86,90,94,100,104,108,114,118,122,128,132,138,142,146,152,156,160,166,170,174,180,184,190,194,198,204,208,212,218,222,226,232

mov $1,$0
mov $2,$0
add $0,$2
mov $2,$0
add $2,5
add $2,$0
div $2,11
add $0,$2
mov $2,$0
add $0,$2
equ $1,0
add $0,$1
