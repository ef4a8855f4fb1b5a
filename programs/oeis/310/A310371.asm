; A310371: Coordination sequence Gal.6.258.6 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+(n+n)+5)/11)+(n+n+floor((n+(n+n)+5)/11))+(n==0)
; 1,4,10,14,18,22,28,32,36,40,46,50,54,60,64,68,72,78,82,86,90,96,100,104,110,114,118,122,128,132,136,140,146,150,154,160,164,168,172,178,182,186,190,196,200,204,210,214,218,222

mov $1,$0
mov $2,$0
add $0,$2
add $2,$0
add $2,5
div $2,11
add $0,$2
mov $2,$0
add $0,$2
equ $1,0
add $0,$1
