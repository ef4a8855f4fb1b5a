; A087101: Number of symmetric quartic graphs on n nodes.
; 0,0,0,0,1,1,0,1,1

#offset 1

sub $0,1
sub $0,1
dif $0,2
div $0,2
add $0,$0
mul $0,-1
div $0,-2
add $0,1
add $0,-1
mod $0,2
