; A363364: Least nonnegative integer k such that all non-bipartite graphs with n nodes and at least k edges are weakly pancyclic.
; 0,0,0,0,0,8,11,14,17,20

#offset 1

mul $0,3
sub $0,9
lpb $0
  bin $0,6
lpe
max $0,1
sub $0,1
