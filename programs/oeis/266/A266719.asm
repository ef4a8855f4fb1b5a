; A266719: Middle column of the "Rule 59" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,3
sub $0,1
sub $0,1
add $0,5
pow $0,2
add $0,$0
add $0,50
add $0,24
sub $0,106
mul $0,2
add $0,36
add $0,5
div $0,4
pow $0,2
mod $0,2
