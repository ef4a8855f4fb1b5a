; A161836: Number of concave-convex hexagons in the Y-toothpick structure of A160120 after n rounds.
; 0,0,0,0,3,3,3,3,9,15

sub $0,1
sub $0,1
sub $0,1
fac $0,3
sub $0,64
div $0,64
add $0,1
mul $0,3
