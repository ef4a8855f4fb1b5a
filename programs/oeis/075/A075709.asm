; A075709: Upper irredundance number for kings graph K_n on n^2 nodes.
; 1,1,4,4,9,9,16,17,25,27,36

#offset 1

add $0,1
lpb $0
  sub $0,2
  add $1,2
  mov $2,$1
  trn $2,$0
  div $2,2
  trn $2,$0
  trn $2,$0
  add $2,$0
  add $3,$2
lpe
mov $0,$3
