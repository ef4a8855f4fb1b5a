; A000241: Crossing number of complete graph with n nodes.
; 0,0,0,0,0,1,3,9,18,36,60,100,150,225,315

sub $0,1
sub $0,1
add $0,$0
mul $0,$0
sub $0,1
div $0,8
mul $0,$0
div $0,4
div $0,4
