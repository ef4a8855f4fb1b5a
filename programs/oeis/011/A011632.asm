; A011632: 28th cyclotomic polynomial.
; Formula: a(n) = -lodadgs(lodamod(n-14,4),3)-1
; 1,0,-1,0,1,0,-1,0,1,0,-1,0,1

sub $0,14
mod $0,4
dgs $0,3
mul $0,-1
sub $0,1
