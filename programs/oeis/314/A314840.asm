; A314840: Coordination sequence Gal.5.66.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((23*n-23)/5)+5
; 1,5,9,14,18,23,28,32,37,41,46,51,55,60,64,69,74,78,83,87,92,97,101,106,110,115,120,124,129,133,138,143,147,152,156,161,166,170,175,179,184,189,193,198,202,207,212,216,221,225

mul $0,23
sub $0,23
div $0,5
add $0,5
