; A092713: Disk degeneracies for brane III in the O(K)->P^1 x P^1 geometry.
; Formula: a(n) = truncate(lodafac(n,5)*binomial(n,5)/-540)
; 0,0,0,0,0,-28,-336,-2156

mov $1,$0
fac $0,5
bin $1,5
mul $0,$1
div $0,-540
