; A267442: Middle column of the "Rule 129" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = lodamod(A323229(n),2)
; 1,0,1,0,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

seq $0,323229
mod $0,2
