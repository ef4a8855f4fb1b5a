; A330565: The thirteen entries from A005848 for which the integers of the cyclotomic field form a Euclidean ring with respect to the norm.
; Formula: a(n) = floor(8*floor((12*n+540)/11)/6)-65
; 1,3,4,5,7,8,9,11,12,15

#offset 1

mul $0,12
add $0,540
div $0,11
mul $0,8
div $0,6
sub $0,65
