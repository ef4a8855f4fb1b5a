; A014025: Expansion of the inverse of the 16th cyclotomic polynomial.
; Formula: a(n) = truncate(lodamod(lodadif(lodadif(n,2)%8,2)-1,2)/-1)
; 1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0

dif $0,2
mod $0,8
dif $0,2
sub $0,1
mod $0,2
div $0,-1
