; A243561: Number of simple connected graphs with n nodes that are distance regular and have no subgraph isomorphic to diamond graph.
; Formula: a(n) = max(A130722(n-1),1)
; 1,1,1,1,1,2,1,3,2,4

#offset 1

sub $0,1
seq $0,130722
max $0,1
