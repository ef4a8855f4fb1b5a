; A121604: Numbers k such that the radius of the smallest circle into which A121603(m) unit circles can be packed is 1 + csc(Pi/k).
; 2,3,4,5,6,6,7,8,9

sub $0,3
add $0,2
sub $0,1
add $1,$0
add $1,$0
sub $0,$1
mul $0,4
sub $0,-11
div $0,-4
add $0,-1
sub $0,-1
add $0,1
sub $0,-3
add $0,2
