; A326329: Number of simple graphs covering {1..n} with no crossing or nesting edges.
; Formula: a(n) = A073717(max(n-1,0))+(n==0)
; 1,0,1,4,13,44,149,504,1705,5768,19513,66012

mov $1,$0
sub $0,1
max $0,0
seq $0,73717
equ $1,0
add $0,$1
