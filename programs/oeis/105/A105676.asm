; A105676: Highest minimal Hamming distance of any Type 3 ternary self-dual code of length 4n.
; 3,3,6,6,6,9,9,9,12,12,12,15,15,15,18,18

#offset 1

sub $0,1
sub $0,1
add $0,5
mov $1,3
add $0,$1
div $0,3
sub $0,5
mul $0,2
sub $0,-6
div $0,2
mul $0,3
add $0,3
