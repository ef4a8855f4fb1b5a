; A371355: Minimum diameter of a Cayley graph on the cyclic group Z_n with two generators.
; Formula: a(n) = A000194(floor(n/2))
; 0,1,1,1,1,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6

#offset 1

div $0,2
seq $0,194
