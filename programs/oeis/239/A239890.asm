; A239890: Number of terms in consolidated series for normal reflectance of a three-layer thin film system of path length n.
; Formula: a(n) = truncate(((n*n+8)*(n*n+8)-15)/72)+1
; 1,1,2,4,8,15,27,45,72,110,162,231,321,435,578,754

mul $0,$0
add $0,8
mul $0,$0
sub $0,15
div $0,72
add $0,1
