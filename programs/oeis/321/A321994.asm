; A321994: Number of different chromatic symmetric functions of hypertrees on n vertices.
; 1,1,2,4,9,22,59,165

#offset 1

sub $0,2
mov $1,1
lpb $0
  add $2,$1
  mul $1,2
  add $1,$3
  lpb $3
    sub $3,1
    mul $3,-1
  lpe
  add $3,$2
  sub $0,1
lpe
mov $0,$2
add $0,1
