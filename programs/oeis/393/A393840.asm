; A393840: Number of prime factors of the form k*2^A228845(n) + 1 (with k odd) that divide the Fermat number 2^(2^n) + 1.
; Formula: a(n) = A004277(floor((n+1)/6))
; 1,1,1,1,1,2,2,2,2,2,2,4

add $0,1
div $0,6
seq $0,4277
