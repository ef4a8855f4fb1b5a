; A079685: Degrees of irreducible representations of SL(2,5).
; 1,2,2,3,3,4,4,5,6

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
mul $0,2
add $0,3
sub $0,6
div $0,-3
sub $0,2
div $0,-1
add $0,1
