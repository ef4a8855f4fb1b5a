; A121150: Minimal number of vertices in an n-polyomino.
; 4,6,8,9,11,12,14,15,16,18,19,20,22,23,24,25,27,28

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-1
sub $0,-1
mov $3,$0
add $0,$3
add $0,$0
add $0,2
nrt $0,2
add $0,$3
div $0,-1
sub $0,-2
div $0,-1
add $0,2
sub $0,4
add $0,3
add $0,4
