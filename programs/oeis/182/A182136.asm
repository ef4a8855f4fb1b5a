; A182136: Diameter of rotation graph G_n.
; Formula: a(n) = floor((n+14)*(n+15)/16)-16
; 1,3,5,7,10,12,15,18,21

#offset 2

add $0,14
fac $0,2
div $0,16
sub $0,16
