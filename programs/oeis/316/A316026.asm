; A316026: Coordination sequence Gal.3.36.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = n+floor((3*n+2)/5)+(n+floor((3*n+2)/5))+(n+floor((3*n+2)/5))+(3*n==0)
; 1,6,9,15,18,24,30,33,39,42,48,54,57,63,66,72,78,81,87,90,96,102,105,111,114,120,126,129,135,138,144,150,153,159,162,168,174,177,183,186,192,198,201,207,210,216,222,225,231,234

mov $1,$0
mul $1,3
mov $2,$1
add $2,2
div $2,5
add $0,$2
mov $2,$0
add $0,$2
equ $1,0
add $0,$2
add $0,$1
