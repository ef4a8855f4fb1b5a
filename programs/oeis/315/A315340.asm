; A315340: Coordination sequence Gal.6.625.6 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+n+floor((n+n+(n+n)+5+(n+n)+(n+n))/11)+(n+n+floor((n+n+(n+n)+5+(n+n)+(n+n))/11))+(n==0)
; 1,6,10,16,22,28,32,38,44,50,54,60,66,70,76,82,88,92,98,104,110,114,120,126,130,136,142,148,152,158,164,170,174,180,186,190,196,202,208,212,218,224,230,234,240,246,250,256,262,268

mov $1,$0
mov $2,$0
add $0,$2
mov $2,$0
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
