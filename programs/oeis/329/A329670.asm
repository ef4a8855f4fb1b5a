; A329670: Number of excursions of length n with Motzkin-steps allowing only consecutive steps UH and HD.
; Formula: a(n) = lodafac(n,n)%11%2
; 1,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

fac $0,$0
mod $0,11
mod $0,2
