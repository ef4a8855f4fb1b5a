; A313694: Coordination sequence Gal.4.63.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((34*n-11)/7)+2
; 1,5,10,15,19,24,29,34,39,44,49,53,58,63,68,73,78,83,87,92,97,102,107,112,117,121,126,131,136,141,146,151,155,160,165,170,175,180,185,189,194,199,204,209,214,219,223,228,233,238

mul $0,34
sub $0,11
div $0,7
add $0,2
