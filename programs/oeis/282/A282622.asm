; A282622: Number of digits of the representation of n in the alternating sexagesimal-decimal number system.
; 1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,124
sub $0,-164
div $0,2
add $0,5
add $0,30
sub $0,735
div $0,5
mul $0,4
sub $0,99
div $0,4
div $0,5
sub $0,-24
mul $0,9
add $0,4
sub $0,-23
div $0,9
add $0,1
