; A382523: Number of non-isomorphic finite multisets of size n that can be partitioned into sets with distinct sums.
; Formula: a(n) = A025771(floor(3*n*(n+3)/10)+1)
; 1,1,2,3,4,6,9,13,18,25,34,45

mov $1,$0
add $1,3
mul $0,3
mul $0,$1
div $0,10
add $0,1
seq $0,25771
