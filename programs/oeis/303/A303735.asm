; A303735: a(n) is the metric dimension of the n-dimensional hypercube.
; Formula: a(n) = sqrtint(9*n+1)-2
; 1,2,3,4,4,5,6,6,7,7,8,8,8

#offset 1

mul $0,9
add $0,1
nrt $0,2
sub $0,2
