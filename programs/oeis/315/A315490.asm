; A315490: Coordination sequence Gal.4.141.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate(4*truncate((57*n-36)/7)/6)+4
; 1,6,11,16,22,27,32,38,44,49,54,60,65,70,76,82,87,92,98,103,108,114,120,125,130,136,141,146,152,158,163,168,174,179,184,190,196,201,206,212,217,222,228,234,239,244,250,255,260,266

mul $0,57
sub $0,36
div $0,7
mul $0,4
div $0,6
add $0,4
