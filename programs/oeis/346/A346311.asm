; A346311: Maximum number of edges a single edge crosses in a drawing of the complete graph K_n where every vertex lies on the outer face.
; 0,0,0,1,2,4,6,8,12,16,20,26

#offset 1

sub $0,1
sub $0,2
add $0,3
add $0,1
add $1,$0
add $1,2
mov $0,$1
bin $0,3
mul $0,3
div $0,2
div $0,5
sub $0,5
div $0,5
add $0,1
sub $0,1
