; A345900: Integers e such that each of q-1, q + sqrt(2*q) + 1 and q - sqrt(2*q) + 1 are either a power of prime or a semiprime, where q =  2^(2*e+1).
; Formula: a(n) = n+binomial(gcd(0,n),7)+binomial(binomial(gcd(0,n),7),2)
; 1,2,3,4,5,6,8,44

#offset 1

gcd $1,$0
bin $1,7
add $0,$1
bin $1,2
add $0,$1
