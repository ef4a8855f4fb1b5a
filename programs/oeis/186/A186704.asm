; A186704: The minimum number of distinct distances determined by n points in the Euclidean plane.
; 0,1,1,2,2,3,3,4,4,5,5,5,6

#offset 1

sub $0,1
sub $0,-2
add $0,3
sub $0,16
sub $0,1
div $0,-1
sub $0,2
div $0,2
mul $0,3
sub $0,16
mul $0,48
div $0,3
div $0,-48
