; A005527: Maximal number of rational points on a curve of genus n over GF(2).
; Formula: a(n) = floor((n+sqrtint(11*n))/2)+3
; 3,5,6,7,8,9,10,10,11,12,13,14

mov $1,$0
mul $1,11
nrt $1,2
add $0,$1
div $0,2
add $0,3
