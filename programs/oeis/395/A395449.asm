; A395449: Smallest sum of synchronizing word lengths of an n-state binary deterministic finite automaton that has a synchronizing word for every state.
; 7,10,14,18,22,26,31,36,41

#offset 3

sub $0,3
add $0,10
sub $0,1
add $0,2
mul $0,$0
div $0,7
add $0,1
sub $0,18
add $0,7
