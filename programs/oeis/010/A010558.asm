; A010558: Maximal size of binary code of length n correcting 2 unidirectional errors.
; 1,1,1,2,2,2,4,6,10

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
mov $3,$0
add $0,4
bin $0,$3
div $0,6
sub $0,6
div $0,6
add $0,1
mul $0,24
div $0,24
add $0,1
