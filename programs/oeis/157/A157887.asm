; A157887: The domatic number of the n-cube.
; Formula: a(n) = truncate(A141742(n)/3)
; 1,2,2,4,4,4,5,8,8,8

seq $0,141742
div $0,3
