; A339391: Maximum, over all binary strings w of length n, of the size of the smallest string attractor for w.
; 1,2,2,2,2,3,3,3,3,3,3,4,4,4,4,5,5,5,5

#offset 1

sub $0,1
sub $0,5
add $0,5
add $0,1
add $0,1
add $2,2
sub $0,1
sub $3,$2
div $0,$3
sub $0,-4
div $0,-2
add $0,4
sub $0,2
add $0,1
