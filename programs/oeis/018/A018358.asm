; A018358: Divisors of 255.
; Formula: a(n) = A001317(n-1)
; 1,3,5,15,17,51,85,255

#offset 1

sub $0,1
seq $0,1317
