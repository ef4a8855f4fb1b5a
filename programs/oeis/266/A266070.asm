; A266070: Middle column of the "Rule 3" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = lodamod(A005096(n),2)
; 1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

seq $0,5096
mod $0,2
