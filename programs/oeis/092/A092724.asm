; A092724: Disk degeneracies for brane III in the O(K)->P^1 x P^1 geometry.
; Formula: a(n) = truncate(binomial(n,7)*(8*binomial(0-n,7))/52)
; 0,0,0,0,0,0,0,-264,-4224,-35640

sub $1,$0
bin $1,7
mul $1,8
bin $0,7
mul $0,$1
div $0,52
