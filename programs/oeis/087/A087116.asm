; A087116: Number of maximal groups of consecutive zeros in binary representation of n.
; Formula: a(n) = floor(A136004(n)^2/31)+(n==0)
; 1,0,1,0,1,1,1,0,1,1,2,1,1,1,1,0,1,1,2,1,2,2,2,1,1,1,2,1,1,1,1,0,1,1,2,1,2,2,2,1,2,2,3,2,2,2,2,1,1,1,2,1,2,2,2,1,1,1,2,1,1,1,1,0,1,1,2,1,2,2,2,1,2,2,3,2,2,2,2,1

mov $1,$0
seq $0,136004
pow $0,2
div $0,31
equ $1,0
add $0,$1
