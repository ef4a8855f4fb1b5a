; A121604: Numbers k such that the radius of the smallest circle into which A121603(m) unit circles can be packed is 1 + csc(Pi/k).
; 2,3,4,5,6,6,7,8,9

sub $0,6
add $0,$0
add $0,3
div $0,-2
sub $0,4
div $0,-1
add $0,2
