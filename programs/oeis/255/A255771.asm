; A255771: Number of distinct prime factors of A220294(n).
; Formula: a(n) = A000079(truncate(lodadgs(n-1,4)/2))
; 1,1,1,2,2,1,2,2,4,2,2

sub $0,1
dgs $0,4
div $0,2
seq $0,79
