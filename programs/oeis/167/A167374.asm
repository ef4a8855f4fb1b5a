; A167374: Triangle, read by rows, given by [ -1,1,0,0,0,0,0,0,0,...] DELTA [1,0,0,0,0,0,0,0,0,...] where DELTA is the operator defined in A084938.
; 1,-1,1,0,-1,1,0,0,-1,1,0,0,0,-1,1,0,0,0,0,-1,1,0,0,0,0,0,-1,1,0,0,0,0,0,0,-1,1,0,0,0,0,0,0,0,-1,1,0,0,0,0,0,0,0,0,-1,1,0,0,0,0,0,0,0,0,0,-1,1,0,0,0,0,0,0,0,0,0,0,-1,1,0,0

sub $0,1
add $0,1
sub $0,1
add $0,2
add $2,$0
lpb $2
  add $2,$1
  sub $2,1
  mov $3,$2
  add $1,-1
lpe
mov $0,$1
div $0,-1
add $0,1
sub $1,$0
sub $0,$2
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  mov $1,$2
lpe
mov $0,$1
add $0,1
sub $0,1
mov $4,$3
equ $4,0
add $0,$4
mod $0,2
add $0,2
sub $0,2
mul $0,-1
add $0,1
mul $0,-1
add $0,1
