; A168553: a(n) = 1 if it is possible to place n sets of n queens on an n X n chessboard with no two queens of the same set attacking each other.
; 1,0,0,0,1,0,1,0,0,0,1,1

#offset 1

sub $0,1
add $0,1
lpb $0
  sub $0,-1
  add $0,2
  dif $0,3
lpe
mod $0,2
