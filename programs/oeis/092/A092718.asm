; A092718: Ooguri-Vafa invariants of disk degeneracies for brane III in the O(K) -> P^1 x P^1 geometry.
; Formula: a(n) = 2*truncate(n*(n+1)*(n+2)*(n+3)*binomial(0-(n-5),4)/600)
; 0,0,0,0,0,0,10,84,396,1386,4004,10090

sub $0,5
sub $1,$0
add $0,5
fac $0,4
bin $1,4
mul $0,$1
div $0,600
mul $0,2
