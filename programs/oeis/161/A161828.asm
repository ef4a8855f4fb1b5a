; A161828: Number of rhombuses in the Y-toothpick structure of A160120 after n rounds.
; 0,0,3,3,9,9,15,21,33,39

sub $0,1
max $0,0
mov $1,$0
add $0,1
lpb $0
  sub $0,2
  mov $2,$0
  fac $2,2
  add $2,21
  div $2,12
  add $3,$2
lpe
mov $0,$3
lpb $3
  sub $3,1
  equ $1,0
lpe
mul $1,-1
add $0,$1
mul $0,3
