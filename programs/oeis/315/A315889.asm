; A315889: Coordination sequence Gal.5.253.5 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+floor((3*n+2)/5)+floor((3*n+2)/5)+(n+floor((3*n+2)/5)+floor((3*n+2)/5))+(3*n==0)
; 1,6,8,14,16,22,28,30,36,38,44,50,52,58,60,66,72,74,80,82,88,94,96,102,104,110,116,118,124,126,132,138,140,146,148,154,160,162,168,170,176,182,184,190,192,198,204,206,212,214

mov $1,$0
mul $1,3
mov $2,$1
add $2,2
div $2,5
add $0,$2
add $0,$2
mov $2,$0
equ $1,0
add $0,$2
add $0,$1
