; A001438: Maximal number of mutually orthogonal Latin squares (or MOLS) of order n.
; 1,2,3,4,1,6,7,8

#offset 2

sub $0,2
lpb $0
  sub $0,1
  sub $0,3
  pow $0,10
  sub $0,1
  sub $0,-1
  mul $0,-1
  add $0,1
  sub $0,1
lpe
add $0,1
mod $0,10
