; A303735: a(n) is the metric dimension of the n-dimensional hypercube.
; 1,2,3,4,4,5,6,6,7,7,8,8,8

#offset 1

sub $0,1
mul $0,8
sub $0,-1
nrt $0,2
pow $0,9
sub $0,8
add $0,60
mul $0,8
sub $0,17493
div $0,8
add $0,2187
add $0,-3
mod $0,10
