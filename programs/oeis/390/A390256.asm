; A390256: Minimum size of maximum clique or independent set of a graph on n vertices.
; Formula: a(n) = logint(floor((18*n+5)/4)*floor((18*n+5)/4),9)
; 0,1,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

mul $0,18
add $0,5
div $0,4
mul $0,$0
log $0,9
