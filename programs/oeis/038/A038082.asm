; A038082: Number of n-node rooted identity trees of height at most 3.
; Formula: a(n) = gcd(sqrtint(n),2)
; 1,1,1,2,2,2,2,2,1,1,1

#offset 1

nrt $0,2
gcd $0,2
