; A052343: Number of ways to write n as the unordered sum of two triangular numbers (zero allowed).
; Formula: a(n) = truncate(A239684(A004020(n))/2)
; 1,1,1,1,1,0,2,1,0,1,1,1,1,1,0,1,2,0,1,0,1,2,1,0,1,1,0,1,1,1,1,2,0,0,1,0,2,1,1,1,0,0,2,1,0,1,2,0,1,1,0,2,0,0,0,2,2,1,1,0,1,1,0,0,1,1,2,1,0,1,1,0,2,1,0,0,2,0,1,1

seq $0,4020
seq $0,239684
div $0,2
