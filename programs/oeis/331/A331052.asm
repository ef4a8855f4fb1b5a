; A331052: Coordination sequence for rhombicosidodecahedron.
; 1,4,8,11,12,11,8,4,1

add $0,1
mov $2,1
lpb $0
  sub $0,1
  add $2,$1
  add $3,$2
  add $4,$3
  add $2,$4
  sub $1,$2
  add $3,$2
  sub $2,$3
  add $1,3
lpe
mov $0,$4
