; A202103: Number of points matched in largest non-crossing matching of n=w+b points in the plane (w white, b black).
; 0,0,2,2,4,4,4,6,6,8,8,10

#offset 1

sub $0,1
sub $0,1
sub $0,3
sub $0,1
div $0,2
add $0,$0
div $0,2
mul $0,13
add $0,13
sub $0,13
div $0,13
sub $0,-2
mul $0,2
