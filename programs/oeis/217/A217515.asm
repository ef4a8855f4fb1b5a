; A217515: Base-n state complexity of partitioned deterministic finite automaton (PDFA) for the periodic sequence (123)*.
; 6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4,3,6,4

#offset 2

sub $0,2
add $0,2
sub $0,1
mod $0,3
add $0,-1
sub $0,1
add $0,-7
mul $0,-4
add $0,1
add $0,-7
mod $0,10
div $0,2
add $0,1
sub $0,1
add $0,3
