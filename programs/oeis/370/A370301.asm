; A370301: Least number of vertices of a universal graph for cycles up to length n, i.e., a graph containing induced cycles of lengths 3..n.
; 3,5,6,7,9,10,11,12,13,14,16

#offset 3

sub $0,3
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,9
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
add $0,1
add $0,3
div $0,4
mul $0,24
sub $0,21
div $0,18
add $0,$0
sub $0,-1
sub $0,3
sub $0,9
sub $0,-5
sub $0,-25
div $0,2
add $0,3
