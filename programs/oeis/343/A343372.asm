; A343372: Number of sets in the geometry determined by the Hausdorff metric at each location between two sets defined by a complete bipartite graph K(3,n) (with n at least 4) missing three edges, where exactly two removed edges are incident to the same vertex in the 3-point set and exactly two removed edges are incident to the same vertex in the other set.
; 112,922,6880,49450,350032,2461882,17268160,120982090,847189552,5931271642,41521735840,290660653930,2034650086672,14242627134202,99698619521920,697891025400970,4885239244049392

#offset 4

sub $0,4
mov $2,3
sub $1,$2
add $0,3
lpb $0
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  sub $1,$3
  mov $3,$2
  add $2,$1
  add $1,$2
  add $1,$2
  sub $2,$1
  add $3,$3
  add $2,$3
lpe
mov $0,$1
sub $0,333
div $0,3
add $0,112
