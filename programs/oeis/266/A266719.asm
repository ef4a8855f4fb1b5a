; A266719: Middle column of the "Rule 59" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,1
sub $0,1
mov $2,$0
mov $1,5
sub $2,$1
add $2,$2
sub $2,1
mov $0,$2
sub $0,-10
div $0,2
add $0,1
add $0,2
mod $0,2
