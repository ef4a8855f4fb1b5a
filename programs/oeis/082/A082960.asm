; A082960: Number of inequivalent optimal Hermitian self-dual codes of length 2n over GF(4).
; Formula: a(n) = sumdigits(n%6,4)%2
; 1,0,1,1,0,0,1,0,1

#offset 1

mod $0,6
dgs $0,4
mod $0,2
