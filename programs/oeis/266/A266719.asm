; A266719: Middle column of the "Rule 59" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = sqrtint(A027688(n))%2
; 1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

seq $0,27688
nrt $0,2
mod $0,2
