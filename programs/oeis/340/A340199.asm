; A340199: Number of sets in the geometry determined by the Hausdorff metric at each location between two sets defined by a complete bipartite graph K(3,n) (with n at least 3) missing two edges, where the two removed edges are not incident to the same vertex in the 3-point set and are also not incident to the same vertex in the other set.
; 43,379,2899,21043,149563,1053739,7396579,51837283,363044683,2541863899,17794700659,124567864723,871989933403,6103974174859,42727953147139,299096073799363,2093673721903723,14655719669250619,102590048532528019

#offset 3

sub $0,3
mov $2,3
sub $1,$2
add $0,1
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
mov $0,$3
sub $0,6
mul $0,7
add $0,43
