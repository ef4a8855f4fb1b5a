; A304041: Number of inequivalent solutions to problem in A054961.
; 1,1,1,1,1,2,2,3,2,1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,2
sub $0,1
sub $0,3
add $0,1
sub $0,-1
sub $0,1
add $0,1
dif $0,2
div $0,2
mod $0,3
sub $0,1
mul $0,2
sub $0,-2
div $0,2
add $0,1
