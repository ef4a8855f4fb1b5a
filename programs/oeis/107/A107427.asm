; A107427: Maximal number of simple triangular regions that can be formed by drawing n line segments in the Euclidean plane.
; 0,0,1,2,4,7,10,14,18,22

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
add $3,$0
add $3,2
mul $3,$0
add $3,$3
add $0,$3
div $0,5
add $0,-1
add $0,1
sub $0,1
mul $0,2
add $0,1
sub $0,-3
div $0,3
add $0,1
sub $0,1
