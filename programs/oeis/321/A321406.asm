; A321406: Number of non-isomorphic self-dual set systems of weight n with no singletons.
; 1,0,0,0,0,0,1,1,1,2,4

mov $4,$0
sub $0,1
sub $0,2
sub $1,5
sub $0,-4
sub $0,2
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,-15
div $0,-5
sub $0,1
mul $0,2
add $0,8
div $0,4
add $0,3
div $0,5
add $0,1
add $0,-1
mov $5,$4
equ $5,0
add $0,$5
