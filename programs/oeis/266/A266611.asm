; A266611: Middle column of the "Rule 41" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,3
add $0,1
mul $0,2
sub $0,1
lpb $0
  add $0,2
lpe
sub $0,3
mul $0,5
sub $0,-9
div $0,5
mul $0,2
div $0,4
add $0,2
add $0,2
mod $0,2
