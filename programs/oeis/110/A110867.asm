; A110867: Highest minimal distance of Type I but not Type II additive Hermitian self-dual codes of length n over GF(4).
; Formula: a(n) = sqrtnint(n*(n+1),3)
; 1,1,2,2,3,3,3,4,4,4,5,5,5

#offset 1

fac $0,2
nrt $0,3
