; A185116: Number of connected 2-regular simple graphs on n vertices with girth at least 6.
; 1,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
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
