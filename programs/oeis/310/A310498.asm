; A310498: Coordination sequence Gal.3.20.1 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = c(max(n-1,0))+5*(n-1)+5+2*(n==0), b(n) = b(n-1)+c(n-1)+(c(n-1)-(b(n-1)+c(n-1))), c(n) = c(n-1)-(b(n-1)+c(n-1)), b(0) = 0, c(0) = -1
; 1,4,10,16,20,24,30,36,40,44,50,56,60,64,70,76,80,84,90,96,100,104,110,116,120,124,130,136,140,144,150,156,160,164,170,176,180,184,190,196,200,204,210,216,220,224,230,236,240,244

mov $1,$0
sub $0,1
mov $2,$0
mov $3,$0
mov $0,-1
lpb $3
  sub $3,1
  add $4,$0
  sub $0,$4
  add $4,$0
lpe
mul $2,5
add $0,$2
add $0,5
equ $1,0
mul $1,2
add $0,$1
