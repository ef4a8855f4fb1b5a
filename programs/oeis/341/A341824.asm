; A341824: Number of groups of order 2^n which occur as Aut(G) for some finite group G.
; 1,1,2,3,4,9,14,33

mov $1,2
lpb $0
  mul $1,2
  mul $2,$0
  add $2,$1
  mov $3,$1
  div $1,2
  sub $0,1
  mul $2,$0
  add $1,$4
  mov $4,$2
  sub $0,1
  mov $2,$3
lpe
mov $0,$4
div $0,4
add $0,1
