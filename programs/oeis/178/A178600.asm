; A178600: Expansion of the polynomial (1+x^3)*(1+x^11).
; 1,0,0,1,0,0,0,0,0,0,0,1,0,0,1

add $0,1
add $2,-1
lpb $0
  add $3,2
  add $2,$3
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  mov $2,4
  add $2,1
  add $2,$1
  sub $3,$2
  add $2,$3
lpe
mov $0,$1
lpb $3
  sub $3,1
  div $0,5
  add $0,1
lpe
add $0,-1
mod $0,2
add $0,2
mod $0,2
