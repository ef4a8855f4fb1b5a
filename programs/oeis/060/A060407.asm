; A060407: Maximal number of pairwise edge-disjoint monochromatic K_3's in a K_n for any 2-coloring of the edges of K_n.
; Formula: a(n) = truncate((n-2)*(n-1)/15)
; 0,0,0,1,2,2,3,4,6

#offset 3

sub $0,2
fac $0,2
div $0,15
