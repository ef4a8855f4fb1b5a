; A186752: Length of minimum representation of the permutation [n,n-1,...,1] as the product of transpositions (1,2) and left and right rotations (1,2,...,n).
; Formula: a(n) = max(binomial(n,2)-2,n-1)
; 0,1,2,4,8,13,19,26,34,43,53,64,76

#offset 1

mov $1,$0
bin $0,2
sub $0,2
sub $1,1
max $0,$1
