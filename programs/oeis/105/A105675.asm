; A105675: Highest minimal distance of any Type II doubly-even binary self-dual code of length 8n.
; 4,4,8,8,8,12,12,12

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,14
sub $0,-15
add $0,-1
div $0,2
sub $0,3
mul $0,5
sub $0,-9
div $0,5
mul $0,2
add $0,1
sub $0,2
div $0,2
sub $0,-2
mul $0,4
add $0,4
