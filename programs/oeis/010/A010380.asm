; A010380: Squares mod 18.
; Formula: a(n) = A242660(n)
; 0,1,4,7,9,10,13,16

#offset 1

seq $0,242660
