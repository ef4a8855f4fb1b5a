; A194825: Digital roots of the nonzero 9-gonal (nonagonal) numbers.
; 1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6,9,1,9,6,1,3,3,1,6

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,6
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,6
add $0,1
sub $0,1
sub $0,1
mul $0,$0
sub $0,1
mod $0,9
sub $0,-3
sub $0,4
div $0,-1
sub $0,2
div $0,-1
add $0,1
sub $0,10
div $0,-1
add $0,1
