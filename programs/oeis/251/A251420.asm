; A251420: Decimal expansion of Fisher's percolation exponent in two dimensions, 187/91.
; Formula: a(n) = lodamod(truncate(A011557(n)/182),10)+2*(n-1==0)
; 2,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0,5,4,9,4,5,0

#offset 1

sub $0,1
mov $1,$0
add $0,1
seq $0,11557
div $0,182
mod $0,10
equ $1,0
mul $1,2
add $0,$1
