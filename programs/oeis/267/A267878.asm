; A267878: Middle column of the "Rule 233" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = (min(n,4)+1)%2
; 1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

min $0,4
add $0,1
mod $0,2
