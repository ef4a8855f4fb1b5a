; A147513: Numbers such that the n-th and (n+1)st terms are the successors of prime numbers and primes themselves and n+1 > n.
; Formula: a(n) = 2*floor((n+3)*(n+4)*(n+5)/122)+3
; 3,5,7,11,13,19,23,31,37,47

#offset 1

add $0,3
fac $0,3
div $0,122
mul $0,2
add $0,3
