; A122059: Number of different polygonal knots with n straight line segments.
; 1,0,0,1,1,2,3,0,4

#offset 3

sub $0,3
mov $4,$0
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $3,2
add $0,1
lpb $0
  sub $0,1
  div $1,3
  add $2,$3
  add $1,$2
  sub $2,$3
  lpb $3
    add $2,$1
    sub $3,1
  lpe
  mul $2,10
  add $1,$2
  div $1,3
lpe
div $1,3
mov $0,$1
div $0,22
mod $0,10
div $0,-2
div $0,-1
div $0,-1
div $0,-1
mov $5,$4
equ $5,0
add $0,$5
