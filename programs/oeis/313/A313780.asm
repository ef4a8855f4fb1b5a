; A313780: Coordination sequence Gal.3.23.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((36*n-11)/7)+2
; 1,5,10,15,21,26,31,36,41,46,51,57,62,67,72,77,82,87,93,98,103,108,113,118,123,129,134,139,144,149,154,159,165,170,175,180,185,190,195,201,206,211,216,221,226,231,237,242,247,252

mul $0,36
sub $0,11
div $0,7
add $0,2
