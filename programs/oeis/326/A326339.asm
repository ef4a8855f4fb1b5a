; A326339: Number of connected simple graphs with vertices {1..n} and no crossing or nesting edges.
; Formula: a(n) = truncate(A169257(max(n-1,0))/3)+(n==0)
; 1,0,1,4,12,36,108,324

mov $1,$0
sub $0,1
max $0,0
seq $0,169257
div $0,3
equ $1,0
add $0,$1
