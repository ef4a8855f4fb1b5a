; A243561: Number of simple connected graphs with n nodes that are distance regular and have no subgraph isomorphic to diamond graph.
; 1,1,1,1,1,2,1,3,2,4

#offset 1

sub $0,1
sub $0,1
sub $0,1
dif $0,2
lpb $0
  sub $0,1
  div $0,2
  mul $0,-1
lpe
div $0,-2
add $0,1
sub $0,1
mul $0,-1
add $0,1
