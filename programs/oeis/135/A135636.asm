; A135636: Values of x in positive solutions (x,y,z) to the Diophantine 43x+7y+17z=400.
; 1,1,2,2,2,3,3,4,4,5,5,6,7

#offset 1

sub $0,1
sub $0,1
add $1,3
sub $0,1
sub $0,1
add $0,2
add $0,$1
mul $0,4
div $0,7
sub $0,2
mul $0,2
sub $0,3
mul $0,4
add $0,5
div $0,8
add $0,1
add $0,1
