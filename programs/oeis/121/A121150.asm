; A121150: Minimal number of vertices in an n-polyomino.
; 4,6,8,9,11,12,14,15,16,18,19,20,22,23,24,25,27,28

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
sub $0,1
pow $3,$3
add $0,1
sub $0,1
sub $0,-1
add $3,$0
add $3,$0
add $3,$0
add $3,$0
nrt $3,2
sub $3,13
add $3,$0
mov $0,$3
add $0,2
add $0,1
sub $0,-11
add $0,10
sub $0,15
add $0,3
sub $0,2
add $0,3
sub $0,1
add $0,4
