; A093659: First column of lower triangular matrix A093658; factorial of the number of 1's in binary expansion of n.
; Formula: a(n) = lodafac(sumdigits(n,2),0-sumdigits(n,2))
; 1,1,1,2,1,2,2,6,1,2,2,6,2,6,6,24,1,2,2,6,2,6,6,24,2,6,6,24,6,24,24,120,1,2,2,6,2,6,6,24,2,6,6,24,6,24,24,120,2,6,6,24,6,24,24,120,6,24,24,120,24,120,120,720,1,2,2,6,2,6,6,24,2,6,6,24,6,24,24,120

dgs $0,2
sub $1,$0
fac $0,$1
