; A300404: Smallest integer k such that the largest term in the Goodstein sequence starting at k is > n.
; Formula: a(n) = max(min(n,3)-1,0)+2
; 2,2,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

min $0,3
trn $0,1
add $0,2
