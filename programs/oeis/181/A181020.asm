; A181020: Maximum number of 1s in an nX(n+1) binary matrix with no three 1s adjacent in a line along a row, column or diagonally.
; 2,4,7,12,17,23,30,38,47,58

#offset 1

sub $0,1
sub $0,1
add $0,3
sub $0,1
add $0,1
sub $0,2
add $0,1
mov $2,$0
sub $2,1
sub $2,1
add $0,2
add $3,$2
add $3,$0
add $3,$2
mul $0,$3
div $0,6
add $0,1
sub $0,1
mul $0,2
div $0,2
add $0,1
add $0,1
