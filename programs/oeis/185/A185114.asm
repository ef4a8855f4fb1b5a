; A185114: Number of connected 2-regular simple graphs on n vertices with girth at least 4.
; 1,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,3
add $0,2
lpb $0
  sub $0,1
  add $1,$0
  add $1,$0
lpe
sub $0,$1
mul $0,4
sub $0,-11
div $0,-4
sub $0,-1
add $0,1
mod $0,2
