; A092719: Disk degeneracies for brane III in the O(K)->P^1 x P^1 geometry.
; Formula: a(n) = truncate(lodafac(n,6)*binomial(0-n+5,6)/3960)
; 0,0,0,0,0,0,84,1176,8736

sub $1,$0
add $1,5
fac $0,6
bin $1,6
mul $0,$1
div $0,3960
