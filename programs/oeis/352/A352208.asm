; A352208: Largest number of maximal 3-colorable node-induced subgraphs of an n-node graph.
; Formula: a(n) = binomial(max(n,3),3)
; 1,1,1,4,10,20,35,56,84

#offset 1

max $0,3
bin $0,3
