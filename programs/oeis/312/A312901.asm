; A312901: Coordination sequence Gal.3.10.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((52*n-44)/12)+4
; 1,4,9,13,17,22,26,30,35,39,43,48,52,56,61,65,69,74,78,82,87,91,95,100,104,108,113,117,121,126,130,134,139,143,147,152,156,160,165,169,173,178,182,186,191,195,199,204,208,212

mul $0,52
sub $0,44
div $0,12
add $0,4
