; A356852: Minimum over all order two bases for the interval [1, n] of the maximum number of ways some number in the interval [1, n] can be written as a sum of at most two elements of the basis.
; 1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 1

sub $0,1
sub $0,1
sub $0,-2
sub $0,3
sub $0,1
div $0,2
add $0,$0
div $0,2
sub $0,13
add $0,13
sub $0,13
div $0,13
sub $0,-2
mul $0,2
sub $0,2
div $0,2
add $0,1
