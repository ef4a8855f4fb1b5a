; A384878: Position of first appearance of n in the flattened version of the triangle A384877, whose m-th row lists the lengths of maximal anti-runs in the binary indices of m.
; Formula: a(n) = floor((6*(n*4^n)+4^n)/36)+1
; 1,6,34,178,882,4210,19570,89202,400498,1776754

#offset 1

mov $1,4
pow $1,$0
mul $0,$1
mul $0,6
add $0,$1
div $0,36
add $0,1
