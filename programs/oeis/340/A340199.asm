; A340199: Number of sets in the geometry determined by the Hausdorff metric at each location between two sets defined by a complete bipartite graph K(3,n) (with n at least 3) missing two edges, where the two removed edges are not incident to the same vertex in the 3-point set and are also not incident to the same vertex in the other set.
; Formula: a(n) = 42*A165147(n-3)+1
; 43,379,2899,21043,149563,1053739,7396579,51837283,363044683,2541863899,17794700659,124567864723,871989933403,6103974174859,42727953147139,299096073799363,2093673721903723,14655719669250619,102590048532528019

#offset 3

sub $0,3
seq $0,165147
mul $0,42
add $0,1
