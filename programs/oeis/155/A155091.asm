; A155091: Triangle read by rows. Signed version of A145362. Main diagonal positive, rest of the nonzero terms negative.
; 1,-1,1,0,-1,1,0,-1,-1,1,0,0,-1,-1,1,0,0,-1,-1,-1,1,0,0,0,-1,-1,-1,1,0,0,0,-1,-1,-1,-1,1,0,0,0,0,-1,-1,-1,-1,1,0,0,0,0,-1,-1,-1,-1,-1,1,0,0,0,0,0,-1,-1,-1,-1,-1,1,0,0,0,0,0,-1,-1,-1,-1,-1,-1,1,0,0

#offset 1

sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
add $0,$0
add $0,1
sub $0,$1
add $0,1
sub $0,2
sub $0,1
add $0,-1
add $0,2
mul $0,-2
sub $0,3
div $0,2
lpb $1
  sub $1,1
  add $0,1
lpe
add $0,-1
add $0,1
mod $0,2
sub $0,-1
mul $0,-1
add $0,1
