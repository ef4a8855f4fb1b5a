; A322112: Number of non-isomorphic self-dual connected multiset partitions of weight n with no singletons and multiset density -1.
; Formula: a(n) = sqrtint(A136324(max(n-1,0)))+(n==0)
; 1,0,1,1,1,2,2,4,4,9,9

mov $1,$0
sub $0,1
max $0,0
seq $0,136324
nrt $0,2
equ $1,0
add $0,$1
