; A118111: Binary representation of n-th iteration of the Rule 190 elementary cellular automaton starting with a single black cell.
; 1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,1,1,1,0,1,1,1,0,1,1,1,0,1,1,1,0

mov $1,-1
lpb $0
  add $1,2
  sub $0,$1
lpe
add $0,1
dif $0,2
mod $0,2
