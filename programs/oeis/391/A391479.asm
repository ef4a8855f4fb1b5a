; A391479: Maximum number of vertices in a uniquely traceable induced subgraph of the n X n grid graph.
; Formula: a(n) = sqrtint(n)+n*(n-1)
; 0,1,3,7,14,22,32,44

mov $1,$0
nrt $0,2
fac $1,-2
add $0,$1
