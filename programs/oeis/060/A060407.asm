; A060407: Maximal number of pairwise edge-disjoint monochromatic K_3's in a K_n for any 2-coloring of the edges of K_n.
; 0,0,0,1,2,2,3,4,6

#offset 3

sub $0,3
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,1
  add $3,$0
lpe
mov $0,$3
div $0,3
div $0,5
mul $0,6
div $0,6
