; A018264: Divisors of 54.
; 1,2,3,6,9,18,27,54

#offset 1

seq $0,18311
