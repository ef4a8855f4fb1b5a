; A380122: a(n) is the number of integers m (possibly negative) such that the nonzero digits in the nonadjacent form for m appear in the nonadjacent form for n.
; Formula: a(n) = A220087(A007302(n))+27
; 1,2,2,4,2,4,4,4,2,4,4,8,4,8,4,4,2,4,4,8,4,8,8,8,4,8,8,8,4,8,4,4,2,4,4,8,4,8,8,8,4,8,8,16,8,16,8,8,4,8,8,16,8,16,8,8,4,8,8,8,4,8,4,4,2,4,4,8,4,8,8,8,4,8,8,16,8,16,8,8

seq $0,7302
seq $0,220087
add $0,27
