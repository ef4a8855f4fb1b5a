; A369833: a(n) is the number of distinct values of the permanent of an n X n symmetric Toeplitz matrix using the first n prime numbers.
; Formula: a(n) = gcd((n==2),lodafac(1,n))
; 1,1,1,6,24,120,720,5040,40320,362880

mov $1,1
fac $1,$0
equ $0,2
gcd $0,$1
