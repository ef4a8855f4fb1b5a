; A267587: Middle column of the "Rule 169" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = (min(n,5)+1)%5%2
; 1,0,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

min $0,5
add $0,1
mod $0,5
mod $0,2
