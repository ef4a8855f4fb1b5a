; A030050: Numbers from the Conway-Schneeberger 15-theorem.
; Formula: a(n) = A028722(n)
; 1,2,3,5,6,7,10,14,15

#offset 1

seq $0,28722
