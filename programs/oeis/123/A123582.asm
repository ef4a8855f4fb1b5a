; A123582: Values of k associated with A123728.
; Formula: a(n) = sqrtnint(lodamod((n-1)*(n-1),10),3)+1
; 1,2,2,3,2,2,2,3,2,2,1,2

#offset 1

sub $0,1
mul $0,$0
mod $0,10
nrt $0,3
add $0,1
