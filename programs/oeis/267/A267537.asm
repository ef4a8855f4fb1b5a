; A267537: Middle column of the "Rule 143" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

mov $2,$0
lpb $2
  sub $2,1
  add $0,$0
lpe
mul $0,4
div $0,32
add $0,1
mod $0,2
