; A267579: Middle column of the "Rule 167" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,0,1,0,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
max $0,0
mov $3,$0
mul $0,2
sub $3,1
bin $0,$3
mul $0,2
add $0,2
div $0,2
mod $0,2
