; A311807: Coordination sequence Gal.3.12.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((42*n-5)/10)+1
; 1,4,8,13,17,21,25,29,34,38,42,46,50,55,59,63,67,71,76,80,84,88,92,97,101,105,109,113,118,122,126,130,134,139,143,147,151,155,160,164,168,172,176,181,185,189,193,197,202,206

mul $0,42
sub $0,5
div $0,10
add $0,1
