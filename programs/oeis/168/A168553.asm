; A168553: a(n) = 1 if it is possible to place n sets of n queens on an n X n chessboard with no two queens of the same set attacking each other.
; 1,0,0,0,1,0,1,0,0,0,1,1

#offset 1

sub $0,1
sub $0,1
add $0,2
add $2,-1
sub $1,1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $2,$1
  sub $3,$2
  add $2,-1
  sub $3,$1
  add $2,$3
  add $1,$3
  add $2,$3
lpe
mov $0,$2
div $0,-2
add $0,1
add $0,-1
add $0,2
mod $0,2
