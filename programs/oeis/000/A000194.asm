; A000194: n appears 2n times, for n >= 1; also nearest integer to square root of n.
; Formula: a(n) = sqrtint(sqrtint(n)+n)
; 0,1,1,2,2,2,2,3,3,3,3,3,3,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,9,9,9,9,9,9,9

mov $1,$0
nrt $0,2
add $0,$1
nrt $0,2
