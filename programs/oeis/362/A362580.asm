; A362580: a(n) = packing chromatic number of an n X n grid.
; 1,3,4,5,7,8,9,9,10,11

#offset 1

sub $0,1
sub $0,1
sub $0,9
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,8
sub $0,5
add $0,3
sub $0,-1
mul $0,4
add $0,3
div $0,4
mul $0,24
div $0,18
add $0,3
sub $0,1
sub $0,-1
sub $0,3
sub $0,9
sub $0,-5
sub $0,-10
sub $0,-2
add $0,1
