; A082960: Number of inequivalent optimal Hermitian self-dual codes of length 2n over GF(4).
; 1,0,1,1,0,0,1,0,1

#offset 1

sub $0,1
bin $1,$2
sub $0,3
bin $1,$0
sub $0,$1
mod $0,2
add $0,2
mod $0,2
