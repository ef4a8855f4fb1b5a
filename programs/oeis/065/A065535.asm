; A065535: Number of strongly perfect lattices in dimension n.
; Formula: a(n) = A093719(n-1)
; 1,1,0,1,0,1,1,1,0,1,0

#offset 1

sub $0,1
seq $0,93719
