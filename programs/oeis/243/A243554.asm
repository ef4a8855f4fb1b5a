; A243554: Number of simple connected graphs with n nodes that are distance-regular and have no subgraph isomorphic to bull graph.
; 1,1,1,2,1,2,1,3,1,4

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  mul $2,-1
  add $2,-1
lpe
mul $0,$2
div $0,-1
sub $0,2
div $0,2
mul $0,3
div $0,3
mul $0,2
sub $0,5
mul $0,2
add $0,6
sub $0,-12
div $0,4
