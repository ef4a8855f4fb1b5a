; A348638: Minimal order of a graph containing as induced subgraphs isomorphic copies of all trees on n unlabeled nodes.
; Formula: a(n) = sqrtnint(n^5,4)
; 1,2,3,5,7,9,11,13

#offset 1

pow $0,5
nrt $0,4
