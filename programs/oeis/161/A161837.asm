; A161837: First differences of A161836.
; 0,0,0,3,0,0,0,6,6

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $3,2
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  div $1,$2
  add $1,$2
  add $1,$2
  mul $2,10
  div $1,-2
  add $1,$2
lpe
mov $0,$1
div $0,17
div $0,$3
div $0,14
mod $0,10
div $0,-3
div $0,-1
mul $0,3
