; A363364: Least nonnegative integer k such that all non-bipartite graphs with n nodes and at least k edges are weakly pancyclic.
; 0,0,0,0,0,8,11,14,17,20

#offset 1

sub $0,1
sub $0,1
sub $0,1
mov $3,1
sub $0,1
add $0,1
mov $2,$0
add $2,2
lpb $2
  sub $2,5
  add $3,$0
  add $3,-1
  add $3,$2
  add $0,3
  add $3,$0
lpe
mov $0,$3
sub $0,1
