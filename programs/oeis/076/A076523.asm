; A076523: Maximal number of halving lines for 2n points in plane.
; 1,3,6,9,13,18,22,27,33,38,44,51,57

#offset 1

sub $0,1
sub $0,2
sub $0,1
add $0,6
sub $0,1
add $0,1
pow $0,5
nrt $0,3
mul $0,8
div $0,12
sub $0,14
add $0,9
sub $0,-1
add $0,1
