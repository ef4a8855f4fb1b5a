; A110870: Highest minimal distance of Type II additive Hermitian self-dual codes of length n over GF(4).
; Formula: a(n) = 2*A008620(n)
; 2,2,4,4,4,6,6,6,8,8,8

#offset 1

seq $0,8620
mul $0,2
