; A267256: Middle column of the "Rule 111" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,1
sub $0,1
trn $0,5
add $0,14
add $0,1
mod $0,2
