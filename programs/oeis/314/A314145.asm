; A314145: Coordination sequence Gal.4.145.1 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((27*n-23)/5)+5
; 1,5,11,16,22,27,32,38,43,49,54,59,65,70,76,81,86,92,97,103,108,113,119,124,130,135,140,146,151,157,162,167,173,178,184,189,194,200,205,211,216,221,227,232,238,243,248,254,259,265

mul $0,27
sub $0,23
div $0,5
add $0,5
