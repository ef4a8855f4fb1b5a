; A275113: a(n) is the minimal number of squares needed to enclose n squares with a wall so that there is a gap of at least one cell between the wall and the enclosed cells.
; 12,14,15,16,16,17,18,18,19,19,20,20,20,21,21,22

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
mul $0,2
sub $0,1
sub $0,1
add $0,3
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $3,$0
sub $0,1
add $0,3
sub $0,1
sub $0,-1
add $3,$0
add $3,$0
add $3,$0
nrt $3,2
sub $3,13
mov $0,$3
sub $0,-14
div $0,-1
sub $0,-1
sub $0,-6
div $0,-1
add $0,6
sub $0,1
add $0,12
