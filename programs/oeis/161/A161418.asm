; A161418: Number of triangles in the Y-toothpick structure after n rounds.
; 0,0,0,0,6,6,12,12,24,30

bin $0,2
div $0,2
sub $0,4
sub $0,4
div $0,3
add $0,1
sub $0,1
mul $0,4
div $0,4
sub $0,-2
mul $0,6
