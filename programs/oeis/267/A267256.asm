; A267256: Middle column of the "Rule 111" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,4
sub $0,1
sub $0,1
mov $1,$0
max $1,1
mov $0,$1
sub $0,1
add $0,1
mod $0,2
