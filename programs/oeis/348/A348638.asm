; A348638: Minimal order of a graph containing as induced subgraphs isomorphic copies of all trees on n unlabeled nodes.
; 1,2,3,5,7,9,11,13

#offset 1

sub $0,1
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
mul $3,2
lpb $3
  sub $3,1
  add $2,-1
lpe
mov $0,$2
sub $0,1
div $0,-1
add $0,1
