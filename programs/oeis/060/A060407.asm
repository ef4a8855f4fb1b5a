; A060407: Maximal number of pairwise edge-disjoint monochromatic K_3's in a K_n for any 2-coloring of the edges of K_n.
; 0,0,0,1,2,2,3,4,6

#offset 3

sub $0,3
sub $2,1
sub $0,1
sub $0,1
sub $3,4
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,$3
  lpb $2
    sub $2,1
    add $3,9
  lpe
  dif $2,-1
lpe
mov $0,$2
add $0,-9
add $0,10
mod $0,10
