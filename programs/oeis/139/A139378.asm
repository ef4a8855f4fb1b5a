; A139378: Number of 2-digit multiples of n whose digits sum to n.
; Formula: a(n) = gcd(n,9)
; 1,1,3,1,1,3,1,1,9

#offset 1

gcd $0,9
