; A309093: The analog of A309077(n), but allowing fractional powers.
; 1,2,2,3,3,4,5,5,6,6,7,7,8,8,9,10,10,11,11,12

#offset 1

sub $0,1
sub $0,32
add $0,1
add $1,3
sub $0,1
sub $0,1
sub $0,1
sub $0,1
mul $0,5
add $0,2
add $0,30
sub $0,-164
div $0,3
mul $0,5
add $0,30
add $0,$1
sub $0,735
sub $0,-9
div $0,5
mul $0,2
sub $0,21
sub $0,-96
div $0,6
sub $0,-31
add $0,1
