; A319622: Number of non-isomorphic connected weight-n antichains of distinct sets whose dual is also an antichain of (not necessarily distinct) sets.
; Formula: a(n) = truncate(binomial(2*(3*floor(n/2)+(0-n)),3)/20)+1
; 1,1,1,1,1,1,2,1,3,2,7

sub $1,$0
div $0,2
mul $0,3
add $0,$1
mul $0,2
bin $0,3
div $0,20
add $0,1
