; A257398: Expansion of phi(-x^6)^2 / chi(-x) in powers of x where phi(), chi() are Ramanujan theta functions.
; 1,1,1,2,2,3,0,1,2,0,2,0,3,2,2,3,0,2,2,2,0,0,1,0,2,2,1,4,2,4,0,0,2,0,4,1,0,0,4,2,1,0,2,2,0,0,0,2,2,4,2,1,2,4,2,2,0,1,0,0,4,0,2,4,0,0,0,2,0,2,3,0,0,2,2,2,2,3,2,0

mul $0,18
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
