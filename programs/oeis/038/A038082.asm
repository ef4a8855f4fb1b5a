; A038082: Number of n-node rooted identity trees of height at most 3.
; 1,1,1,2,2,2,2,2,1,1,1

#offset 1

sub $0,1
sub $0,3
sub $0,1
sub $0,1
pow $0,2
add $0,$0
add $0,50
add $0,24
sub $0,106
mul $0,8
sub $0,-156
div $0,-8
mod $0,2
add $0,2
mod $0,2
sub $0,1
div $0,-1
add $0,1
