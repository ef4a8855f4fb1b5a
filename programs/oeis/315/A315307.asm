; A315307: Coordination sequence Gal.6.616.6 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+n+5+(n+n)+(n+n))/11)+(n+n+floor((n+n+5+(n+n)+(n+n))/11))+(n==0)
; 1,6,10,16,20,26,30,36,40,46,50,56,62,66,72,76,82,86,92,96,102,106,112,118,122,128,132,138,142,148,152,158,162,168,174,178,184,188,194,198,204,208,214,218,224,230,234,240,244,250

mov $1,$0
mov $2,$0
add $0,$2
mov $2,$0
add $2,5
add $2,$0
add $2,$0
div $2,11
add $0,$2
mov $2,$0
add $0,$2
equ $1,0
add $0,$1
