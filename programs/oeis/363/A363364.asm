; A363364: Least nonnegative integer k such that all non-bipartite graphs with n nodes and at least k edges are weakly pancyclic.
; 0,0,0,0,0,8,11,14,17,20

#offset 1

sub $0,1
sub $0,1
sub $0,4
add $0,2
mov $1,$0
lpb $1
  sub $1,-1
  sub $2,4
  lpb $0
    sub $0,1
    sub $2,6
    mod $1,3
  lpe
lpe
mov $0,$2
div $0,-2
