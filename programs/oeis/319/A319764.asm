; A319764: Number of non-isomorphic intersecting set systems of weight n with empty intersection.
; Formula: a(n) = truncate((binomial(n-1,5)+27)/7)-3+(n==0)
; 1,0,0,0,0,0,1,1,3,8,18

mov $1,$0
sub $0,1
bin $0,5
add $0,27
div $0,7
sub $0,3
equ $1,0
add $0,$1
