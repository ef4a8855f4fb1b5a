; A096221: a(n) is the number of distances used by minimal prime-complete rulers for the first n primes.
; Formula: a(n) = sqrtnint(sqrtint(n^25),9)+1
; 1,2,3,5,7,10,13,15,18

pow $0,25
nrt $0,2
nrt $0,9
add $0,1
