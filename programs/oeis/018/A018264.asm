; A018264: Divisors of 54.
; Formula: a(n) = A018311(n)
; 1,2,3,6,9,18,27,54

#offset 1

seq $0,18311
