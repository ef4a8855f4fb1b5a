; A255317: Expansion of psi(-x^3)^2 / chi(-x) in powers of x where psi(), chi() are Ramanujan theta functions.
; 1,1,1,0,0,1,1,2,1,0,0,1,1,1,0,1,0,0,2,1,1,1,1,1,0,1,1,0,1,0,1,0,1,1,0,1,1,1,1,0,2,2,0,1,1,0,1,0,1,0,0,2,0,1,0,0,0,2,2,0,1,1,2,1,0,1,0,1,0,1,1,1,1,0,0,2,2,1,0,0

mul $0,6
add $0,4
lpb $0
  sub $1,$2
  add $3,3
  mov $2,$3
  gcd $2,$0
  bin $2,$3
  div $1,-1
  sub $0,1
  add $3,1
lpe
mov $0,$1
add $0,1
