; A390382: Feedback vertex set (decycling) number of the n-hypercube graph.
; Formula: a(n) = sqrtint(truncate(A189380(A000302(max(n-1,0)))/5))
; 0,0,1,3,6,14,28,56,112

sub $0,1
max $0,0
seq $0,302
seq $0,189380
div $0,5
nrt $0,2
