; A007362: Denominator of n-th power of Hermite constant for dimension n.
; Formula: a(n) = gcd(gcd(n,4)+1,3)
; 1,3,1,1,1,3,1,1

#offset 1

gcd $0,4
add $0,1
gcd $0,3
