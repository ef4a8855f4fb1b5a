; A267208: Middle column of the "Rule 109" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = (lodadif(n,3)==n)
; 1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1

add $1,$0
dif $0,3
equ $0,$1
