; A136725: Primitive dimensions of Hadamard matrices.
; 1,2,12,20,28,36,44,52,60,68,76,84,92,100

#offset 1

sub $0,1
mov $2,$0
sub $0,1
max $0,0
mul $0,4
mov $1,$0
sub $0,-1
lpb $1
  mov $1,1
  mul $0,2
  add $0,1
lpe
add $0,1
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
