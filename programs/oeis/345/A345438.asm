; A345438: Number of primes in the ring R = {x+y*sqrt(-2): x, y rational integers} with norm x^2+2*y^2 equal to A341784(n).
; Formula: a(n) = 2*min(sumdigits(n,6),2)
; 2,4,4,4,4,2,4,4

#offset 1

dgs $0,6
min $0,2
mul $0,2
