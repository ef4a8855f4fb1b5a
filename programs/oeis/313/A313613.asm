; A313613: Coordination sequence Gal.4.72.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = -truncate(-4*truncate((51*n-36)/7)/6)+4
; 1,5,10,14,20,24,29,34,39,44,48,54,58,63,68,73,78,82,88,92,97,102,107,112,116,122,126,131,136,141,146,150,156,160,165,170,175,180,184,190,194,199,204,209,214,218,224,228,233,238

mul $0,51
sub $0,36
div $0,7
mul $0,-4
div $0,6
mul $0,-1
add $0,4
