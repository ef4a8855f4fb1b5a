; A007421: Liouville's function: parity of number of primes dividing n (with multiplicity).
; Formula: a(n) = -A066829(n)+2
; 2,1,1,2,1,2,1,1,2,2,1,1,1,2,2,2,1,1,1,1,2,2,1,2,2,2,1,1,1,1,1,1,2,2,2,2,1,2,2,2,1,1,1,1,1,2,1,1,2,1,2,1,1,2,2,2,2,2,1,2,1,2,1,2,2,1,1,1,2,1,1,1,1,2,1,1,2,1,1,1

#offset 1

seq $0,66829
mul $0,-1
add $0,2
