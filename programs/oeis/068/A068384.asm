; A068384: a(n) is the smallest number m such that any lattice having at least m elements must have a sublattice with exactly n elements.
; Formula: a(n) = (lodadif(n+2,9)+8)%10
; 1,2,3,4,5,6,9,8

#offset 1

add $0,2
dif $0,9
add $0,8
mod $0,10
