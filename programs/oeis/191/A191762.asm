; A191762: Digital roots of the nonzero even squares.
; 4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
mul $0,5
add $0,1
mul $0,$0
sub $0,-15
add $0,5
mul $0,20
add $0,36
sub $0,76
div $0,9
mod $0,10
sub $0,8
div $0,-1
add $0,1
