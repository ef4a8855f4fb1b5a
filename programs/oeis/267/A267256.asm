; A267256: Middle column of the "Rule 111" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = max(n,7)%2
; 1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

max $0,7
mod $0,2
