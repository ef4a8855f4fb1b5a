; A028738: Nonsquares mod 25.
; 2,3,5,7,8,10,12,13,15,17,18,20,22,23

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,2
sub $0,1
sub $0,-1
mul $0,5
add $0,2
sub $0,5
div $0,3
mul $0,6
add $0,1480028129
sub $0,1480028123
div $0,6
add $0,2
