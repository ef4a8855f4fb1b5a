; A161836: Number of concave-convex hexagons in the Y-toothpick structure of A160120 after n rounds.
; 0,0,0,0,3,3,3,3,9,15

sub $0,1
sub $0,1
sub $2,1
sub $0,1
add $0,1
sub $0,1
add $2,2
add $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,2
lpb $0
  sub $0,1
  mul $1,11
  add $1,$2
  mul $2,10
  div $1,7
  div $1,3
  div $1,2
lpe
mov $0,$1
div $0,22
mod $0,10
div $0,-1
div $0,-1
div $0,-1
div $0,-1
mul $0,3
