; A182136: Diameter of rotation graph G_n.
; 1,3,5,7,10,12,15,18,21

#offset 2

sub $0,2
sub $0,1
add $0,8
add $0,1
add $0,1
bin $0,2
add $0,3
div $0,5
sub $0,1
sub $0,6
add $0,1
