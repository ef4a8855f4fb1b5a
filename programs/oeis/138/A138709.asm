; A138709: n-th run has length n-th positive Fibonacci numbers, with digits 0 and 1 only, starting with 1.
; Formula: a(n) = lodamod(A072649(n),2)
; 1,0,1,1,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

seq $0,72649
mod $0,2
