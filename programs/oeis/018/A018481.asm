; A018481: Divisors of 486.
; Formula: a(n) = A018311(n)
; 1,2,3,6,9,18,27,54,81,162,243,486

#offset 1

seq $0,18311
