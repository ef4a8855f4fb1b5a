; A267155: Middle column of the "Rule 107" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,0,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

add $0,3
lpb $0
  sub $1,$0
  mov $2,$3
  mul $3,-1
  sub $0,2
  add $3,$1
  mul $1,3
  sub $1,$2
lpe
mov $0,$2
div $0,-4
add $0,1
mod $0,2
