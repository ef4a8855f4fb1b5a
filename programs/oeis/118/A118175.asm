; A118175: Binary representation of n-th iteration of the Rule 220 elementary cellular automaton starting with a single black cell.
; 1,0,1,1,0,0,1,1,1,0,0,0,1,1,1,1,0,0,0,0,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1

mul $0,8
lpb $0
  sub $0,2
  sub $2,4
  add $0,$2
lpe
mov $0,$2
div $0,-4
add $0,1
sub $0,3
add $0,1
add $0,2
mod $0,2
