; A383643: Number of n-dimensional additively indecomposable positive definite integral lattices (or quadratic forms).
; Formula: a(n) = sqrtnint(binomial(n-2,4),5)
; 1,0,0,0,0,1,1,1,2

#offset 1

sub $0,2
bin $0,4
nrt $0,5
