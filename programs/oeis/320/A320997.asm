; A320997: An absolute lower bound on the number of components in perfect systems of difference sets (PSDS).
; 1,3,5,6,8,10,12,13,15,17,18

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
mul $0,4
sub $0,1
mul $0,2
add $0,2
sub $0,-2
mul $0,6
add $0,5
sub $0,17
div $0,7
div $0,4
