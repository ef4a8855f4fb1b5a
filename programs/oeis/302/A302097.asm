; A302097: Number of odd prime factors (with multiplicity) of generalized Fermat number 13^(2^n) + 1.
; Formula: a(n) = A000030(A382612((n+1)^3))
; 1,2,1,1,3,4,4,3

add $0,1
pow $0,3
seq $0,382612
seq $0,30
