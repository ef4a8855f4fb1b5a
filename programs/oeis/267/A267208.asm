; A267208: Middle column of the "Rule 109" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1

sub $0,1
add $0,$0
add $0,1
add $0,$0
sub $0,2
div $0,6
add $0,1
mod $0,2
