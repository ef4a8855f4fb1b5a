; A282622: Number of digits of the representation of n in the alternating sexagesimal-decimal number system.
; 1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 1

sub $0,1
add $0,1
mul $0,2
div $0,20
sub $0,5
add $0,5
sub $0,10
div $0,5
mul $0,2
add $0,4
sub $0,2
div $0,2
sub $0,-1
add $0,1
