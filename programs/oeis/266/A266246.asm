; A266246: Middle column of the "Rule 9" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,3
add $0,2
sub $0,1
add $1,$0
add $1,$0
sub $0,$1
mul $0,4
sub $0,-11
div $0,-4
mod $0,2
add $0,1
mod $0,2
