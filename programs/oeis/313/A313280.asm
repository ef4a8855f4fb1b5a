; A313280: Coordination sequence Gal.3.15.1 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = b(max(n-1,0))+5*(n-1)+5+2*(n==0), b(n) = b(n-1)-c(n-1), c(n) = c(n-1)+(b(n-1)-c(n-1)), b(0) = -1, c(0) = 0
; 1,4,9,15,21,26,30,34,39,45,51,56,60,64,69,75,81,86,90,94,99,105,111,116,120,124,129,135,141,146,150,154,159,165,171,176,180,184,189,195,201,206,210,214,219,225,231,236,240,244

mov $1,$0
sub $0,1
mov $2,$0
mov $3,$0
mov $0,-1
lpb $3
  sub $3,1
  sub $0,$4
  add $4,$0
lpe
mul $2,5
add $0,$2
add $0,5
equ $1,0
mul $1,2
add $0,$1
