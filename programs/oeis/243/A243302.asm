; A243302: Consider a triangular Go board graph with side length n; remove i nodes and let j be the number of nodes in the largest connected subgraph remaining; then a(n) = minimum (i + j).
; Formula: a(n) = truncate(A028552(n+1)/6)
; 1,3,4,6,9,11,14,18,21,25

#offset 1

add $0,1
seq $0,28552
div $0,6
