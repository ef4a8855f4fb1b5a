; A037833: Number of i such that d(i) >= d(i-1), where Sum_{i=0..m} d(i)*10^i is the base-10 representation of n.
; Formula: a(n) = truncate(lodadgs(n-1,11)/9)
; 0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,0,0,0,1,1,1,1,1,1,1,1,0,0,1

#offset 1

sub $0,1
dgs $0,11
div $0,9
