; A267043: Middle column of the "Rule 91" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0

mov $1,$0
sub $0,1
max $0,0
lpb $0
  sub $0,1
  add $0,$0
lpe
sub $0,1
add $0,1
mod $0,2
mov $2,$1
equ $2,0
add $0,$2
