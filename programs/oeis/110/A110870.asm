; A110870: Highest minimal distance of Type II additive Hermitian self-dual codes of length n over GF(4).
; 2,2,4,4,4,6,6,6,8,8,8

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
add $0,2
