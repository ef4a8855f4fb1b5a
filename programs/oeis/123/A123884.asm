; A123884: Expansion of phi(x) * phi(-x^6) / chi(-x^2) in powers of x where phi(), chi() are Ramanujan theta functions.
; 1,2,1,2,3,2,2,0,2,2,1,4,0,2,3,2,2,0,4,2,2,0,0,2,1,4,2,2,2,2,3,2,0,2,2,2,2,0,2,4,4,0,0,0,1,2,4,0,2,4,2,2,1,6,0,2,2,0,0,2,4,2,0,2,2,0,4,0,4,2,1,2,0,2,4,0,0,2,2,4

mul $0,8
lpb $0
  add $1,2
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  bin $3,$1
  div $2,-1
  sub $0,1
  add $1,1
lpe
mov $0,$2
add $0,1
