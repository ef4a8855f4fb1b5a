; A267043: Middle column of the "Rule 91" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = lodamod(lodapow(n-2,n-2)+1,2)
; 1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0

sub $0,2
pow $0,$0
add $0,1
mod $0,2
