; A266678: Middle column of the "Rule 175" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = lodadif(n-2,n-2)
; 1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,2
dif $0,$0
