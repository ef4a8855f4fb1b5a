; A266611: Middle column of the "Rule 41" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = (n+lodabin(3,n))%2
; 1,0,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

mov $1,3
bin $1,$0
add $0,$1
mod $0,2
