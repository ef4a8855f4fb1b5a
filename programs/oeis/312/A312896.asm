; A312896: Coordination sequence Gal.6.130.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((4*floor(91*n/12)-2)/7)+1
; 1,4,9,13,17,21,26,31,35,39,43,48,52,56,61,65,69,73,78,83,87,91,95,100,104,108,113,117,121,125,130,135,139,143,147,152,156,160,165,169,173,177,182,187,191,195,199,204,208,212

mul $0,91
div $0,12
mul $0,4
sub $0,2
div $0,7
add $0,1
