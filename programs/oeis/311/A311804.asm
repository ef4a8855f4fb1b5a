; A311804: Coordination sequence Gal.6.216.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((46*n-28)/11)+3
; 1,4,8,13,17,21,25,29,33,38,42,46,50,54,59,63,67,71,75,79,84,88,92,96,100,105,109,113,117,121,125,130,134,138,142,146,151,155,159,163,167,171,176,180,184,188,192,197,201,205

mul $0,46
sub $0,28
div $0,11
add $0,3
