; A266070: Middle column of the "Rule 3" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,1
add $0,1
mul $0,4
lpb $0
  sub $0,1
  sub $3,$0
lpe
mov $0,$3
mul $0,-8
mul $0,2
sub $0,162
div $0,2
div $0,16
mod $0,2
add $0,2
mod $0,2
