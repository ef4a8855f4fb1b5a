; A208648: Denominators of Pokrovskiy's lower bound on the ratio of e(G^n) the number of edges in the n-th power of a graph G, to E(G) the number of edges of G.
; Formula: a(n) = A005131(n+4)
; 2,1,1,4,1,1,6,1,1,8,1,1,10,1,1,12

add $0,4
seq $0,5131
