; A321406: Number of non-isomorphic self-dual set systems of weight n with no singletons.
; Formula: a(n) = lodamod(truncate((n-3)/3)^n,5)
; 1,0,0,0,0,0,1,1,1,2,4

mov $1,$0
sub $0,3
div $0,3
pow $0,$1
mod $0,5
