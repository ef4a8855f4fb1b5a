; A243302: Consider a triangular Go board graph with side length n; remove i nodes and let j be the number of nodes in the largest connected subgraph remaining; then a(n) = minimum (i + j).
; 1,3,4,6,9,11,14,18,21,25

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $3,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,3
  add $3,$2
lpe
div $3,3
mov $0,$3
add $0,1
