; A085002: a(n) = floor(phi*n) - 2*floor(phi*n/2) where phi is the golden ratio.
; 1,1,0,0,0,1,1,0,0,0,1,1,1,0,0,1,1,1,0,0,1,1,1,0,0,0,1,1,0,0,0,1,1,1,0,0,1,1,1,0,0,1,1,1,0,0,0,1,1,0,0,0,1,1,0,0,0,1,1,1,0,0,1,1,1,0,0,0,1,1,0,0,0,1,1,0,0,0,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,-1
sub $3,$0
sub $0,1
add $0,3
sub $0,-1
sub $0,-1
add $3,$0
mul $3,$0
add $3,$0
mul $3,$0
nrt $3,2
mul $0,3
sub $3,$0
mov $0,$3
sub $0,1
sub $0,-13
sub $0,13
div $0,2
div $0,-1
mod $0,2
