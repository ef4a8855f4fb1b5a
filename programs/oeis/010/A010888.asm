; A010888: Digital root of n (repeatedly add the digits of n until a single digit is reached).
; 0,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7

sub $0,1
add $0,2
sub $0,2
mod $0,9
sub $0,1
mul $0,-1
add $0,5
sub $0,7
div $0,-1
