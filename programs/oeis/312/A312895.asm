; A312895: Coordination sequence Gal.4.58.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((30*n-11)/7)+2
; 1,4,9,13,17,21,26,30,34,39,43,47,51,56,60,64,69,73,77,81,86,90,94,99,103,107,111,116,120,124,129,133,137,141,146,150,154,159,163,167,171,176,180,184,189,193,197,201,206,210

mul $0,30
sub $0,11
div $0,7
add $0,2
