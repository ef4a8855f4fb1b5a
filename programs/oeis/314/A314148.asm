; A314148: Coordination sequence Gal.4.139.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((38*n-11)/7)+2
; 1,5,11,16,22,27,33,38,43,49,54,60,65,71,76,81,87,92,98,103,109,114,119,125,130,136,141,147,152,157,163,168,174,179,185,190,195,201,206,212,217,223,228,233,239,244,250,255,261,266

mul $0,38
sub $0,11
div $0,7
add $0,2
