; A217515: Base-n state complexity of partitioned deterministic finite automaton (PDFA) for the periodic sequence (123)*.
; 6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4

#offset 2

sub $0,2
sub $0,1
sub $0,1
add $0,2
mod $0,3
mul $0,7
sub $0,16
div $0,-5
equ $4,0
mul $4,2
add $0,$4
sub $0,2
add $0,1
sub $0,1
add $0,3
