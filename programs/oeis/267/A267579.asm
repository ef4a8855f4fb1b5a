; A267579: Middle column of the "Rule 167" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = (floor(lodabin(n,lodadif(gcd(0,n),2))/2)+1)%2
; 1,1,0,1,0,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

gcd $1,$0
dif $1,2
bin $0,$1
div $0,2
add $0,1
mod $0,2
