; A395449: Smallest sum of synchronizing word lengths of an n-state binary deterministic finite automaton that has a synchronizing word for every state.
; Formula: a(n) = floor((n+8)*(n+8)/7)-10
; 7,10,14,18,22,26,31,36,41

#offset 3

add $0,8
mul $0,$0
div $0,7
sub $0,10
