; A266246: Middle column of the "Rule 9" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = (n+max(n+n,9))%2
; 1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

mov $1,$0
add $1,$0
max $1,9
add $0,$1
mod $0,2
