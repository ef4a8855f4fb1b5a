; A357070: Number of partitions of n into at most 2 distinct positive triangular numbers.
; Formula: a(n) = truncate(A004020(max(n-1,0)+1)/4)
; 1,1,0,1,1,0,1,1,0,1,1,1,0,1,0,1,2,0,1,0,0,2,1,0,1,1,0,1,1,1,0,2,0,0,1,0,2,1,1,1,0,0,1,1,0,1,2,0,1,1,0,2,0,0,0,2,1,1,1,0,1,1,0,0,1,1,2,1,0,1,1,0,1,1,0,0,2,0,1,1

sub $0,1
max $0,0
add $0,1
seq $0,4020
div $0,4
