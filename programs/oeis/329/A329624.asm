; A329624: Number of iterations of A329623 for starting value n before a repeated value appears, or -1 if this never happens.
; 1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,9

#offset 1

sub $0,1
add $0,1
mul $0,2
div $0,20
mul $0,5
add $0,5
sub $0,10
div $0,5
mul $0,2
add $0,4
div $0,2
