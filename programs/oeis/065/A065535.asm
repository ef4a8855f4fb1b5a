; A065535: Number of strongly perfect lattices in dimension n.
; 1,1,0,1,0,1,1,1,0,1,0

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
lpb $0
  sub $0,1
  mod $0,3
  add $0,1
  add $0,1
  mod $0,2
  mul $0,-2
lpe
add $0,1
mov $2,$1
lpb $1
  sub $1,1
  equ $2,0
lpe
add $0,$2
mod $0,2
