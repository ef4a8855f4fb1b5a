; A010387: Squares mod 25.
; 0,1,4,6,9,11,14,16,19,21,24

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $1,3
sub $0,1
add $0,2
add $1,$0
add $0,$1
div $0,4
mul $1,4
sub $0,2
mul $0,2
add $0,$1
sub $0,3
mul $0,4
add $0,5
sub $0,21
div $0,8
sub $0,-3
add $0,2
sub $0,3
sub $0,6
sub $0,-8
mul $0,2
add $0,1
sub $0,7
div $0,2
