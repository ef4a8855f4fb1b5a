; A384209: Maximum period for Game of Life on a simple graph with n vertices.
; 1,1,1,1,2,4,8,14,27

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
fac $0,2
mul $0,2
div $0,8
fac $0,2
div $0,8
mul $0,10
div $0,10
add $0,1
