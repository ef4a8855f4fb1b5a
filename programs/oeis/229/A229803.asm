; A229803: Domination number for rook graph HR(n) on a triangular board of hexagonal cells. The rook can move along any row of adjacent cells, in any of the three directions.
; 1,1,2,2,3,3,3,4,4,5,5,6,6,7,7,8,8,9,9,9,10,10,11,11

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,10
sub $0,1
gcd $2,$0
mul $2,3
mul $2,2
mov $0,$2
div $0,13
add $0,1
sub $0,1
sub $0,4
add $0,1
