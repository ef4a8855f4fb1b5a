; A243554: Number of simple connected graphs with n nodes that are distance-regular and have no subgraph isomorphic to bull graph.
; Formula: a(n) = floor(max(lodadif(n-1,-2),0)/3)+1
; 1,1,1,2,1,2,1,3,1,4

#offset 1

sub $0,1
dif $0,-2
max $0,0
div $0,3
add $0,1
