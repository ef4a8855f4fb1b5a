; A185118: Number of connected 2-regular simple graphs on n vertices with girth at least 8.
; 1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
div $0,2
mul $0,$0
div $0,2
add $0,13
sub $0,13
lpb $0
  bin $0,-1
  add $0,1
lpe
sub $0,-1
mul $0,4
add $0,4
sub $0,8
div $0,4
