; A322112: Number of non-isomorphic self-dual connected multiset partitions of weight n with no singletons and multiset density -1.
; 1,0,1,1,1,2,2,4,4,9,9

mov $5,$0
sub $0,1
mov $3,$0
sub $0,1
add $0,1
sub $0,-1
add $0,1
lpb $0
  sub $0,2
  mul $2,-2
  add $1,$1
  add $2,1
  add $1,$2
  add $1,4
lpe
mov $0,$1
div $0,2
sub $0,8
div $0,8
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
mov $6,$5
equ $6,0
add $0,$6
