; A267579: Middle column of the "Rule 167" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,0,1,0,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
max $0,0
mov $4,$0
mov $3,$0
div $0,2
bin $3,$0
add $2,$3
mov $0,$2
sub $0,1
mod $0,2
mov $5,$4
equ $5,0
add $0,$5
