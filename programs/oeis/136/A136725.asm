; A136725: Primitive dimensions of Hadamard matrices.
; 1,2,12,20,28,36,44,52,60,68,76,84,92,100

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,3
add $0,3
lpb $0
  sub $0,1
  gcd $3,1
  sub $1,$2
  add $2,2
  add $2,$3
  add $2,$3
  add $1,$2
  add $3,$1
lpe
mov $0,$3
mul $0,2
add $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
