; A110862: Highest minimal distance of odd formally self-dual binary codes of length 2n.
; 1,2,3,3,4,4,4,5,5,6,7,7

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,2
add $0,1
sub $0,3
mul $0,5
add $0,5
div $0,8
sub $0,21
mul $0,6
add $0,5
sub $0,17
div $0,-1
sub $0,-21
sub $0,3
sub $0,139
sub $0,1
sub $0,36
div $0,-6
add $0,1
