; A062714: Minimal length of a sequence with terms from {1, 2, 3, ..., n} which contains, as a subsequence, each possible ordering of the n symbols 1, 2, 3, ..., n.
; Formula: a(n) = truncate(9*A027688(n-1)/10)-1
; 1,3,7,12,19,28,39,52,66

#offset 1

sub $0,1
seq $0,27688
mul $0,9
div $0,10
sub $0,1
