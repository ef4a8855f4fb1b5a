; A267537: Middle column of the "Rule 143" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = lodadif(floor(n/2)-1,floor(n/2)-1)
; 1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

div $0,2
sub $0,1
dif $0,$0
