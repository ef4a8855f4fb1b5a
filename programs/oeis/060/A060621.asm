; A060621: Number of flips between the d-dimensional tilings of the unary zonotope Z(D,d). Here the codimension D-d is equal to 3 and d varies.
; Formula: a(n) = floor((n+8)*(2^(n+3)*(n+3))/16)
; 12,36,100,264,672,1664,4032,9600,22528,52224

add $0,3
mov $1,2
pow $1,$0
mul $1,$0
add $0,5
mul $0,$1
div $0,16
