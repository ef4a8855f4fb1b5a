; A107427: Maximal number of simple triangular regions that can be formed by drawing n line segments in the Euclidean plane.
; Formula: a(n) = truncate(A002943(n-1)/15)
; 0,0,1,2,4,7,10,14,18,22

#offset 1

sub $0,1
seq $0,2943
div $0,15
