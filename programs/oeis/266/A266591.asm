; A266591: Middle column of the "Rule 37" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = (max(n-2,0)+1)%2
; 1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0

trn $0,2
add $0,1
mod $0,2
