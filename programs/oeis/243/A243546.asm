; A243546: Number of simple connected graphs with n nodes that are distance regular and have no subgraph isomorphic to the bowtie graph.
; 1,1,1,2,1,2,1,3,1,4

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  sub $2,1
lpe
lpb $2
  sub $2,1
  add $3,$0
  sub $1,$3
lpe
mov $0,$1
div $0,3
add $0,1
sub $0,1
div $0,-1
add $0,1
