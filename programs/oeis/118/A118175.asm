; A118175: Binary representation of n-th iteration of the Rule 220 elementary cellular automaton starting with a single black cell.
; 1,0,1,1,0,0,1,1,1,0,0,0,1,1,1,1,0,0,0,0,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1

add $0,1
sub $0,1
add $0,1
sub $0,1
mul $0,4
lpb $0
  sub $0,3
  sub $0,$1
  sub $0,$1
  sub $1,-1
lpe
add $0,4
sub $0,7
add $0,1
sub $0,1
add $0,2
add $0,2
mod $0,2
