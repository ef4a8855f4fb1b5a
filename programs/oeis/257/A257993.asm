; A257993: Least gap in the partition having Heinz number n; index of the least prime not dividing n.
; Formula: a(n) = A056792(A071222(n-1))
; 1,2,1,2,1,3,1,2,1,2,1,3,1,2,1,2,1,3,1,2,1,2,1,3,1,2,1,2,1,4,1,2,1,2,1,3,1,2,1,2,1,3,1,2,1,2,1,3,1,2,1,2,1,3,1,2,1,2,1,4,1,2,1,2,1,3,1,2,1,2,1,3,1,2,1,2,1,3,1,2

#offset 1

sub $0,1
seq $0,71222
seq $0,56792
