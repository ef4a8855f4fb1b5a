; A267587: Middle column of the "Rule 169" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
sub $0,3
bin $1,$0
sub $0,$1
mod $0,2
add $0,2
mod $0,3
add $0,1
mod $0,2
