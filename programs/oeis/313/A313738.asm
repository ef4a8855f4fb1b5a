; A313738: Coordination sequence Gal.6.158.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((56*n-28)/11)+3
; 1,5,10,15,20,25,31,36,41,46,51,56,61,66,71,76,81,87,92,97,102,107,112,117,122,127,132,137,143,148,153,158,163,168,173,178,183,188,193,199,204,209,214,219,224,229,234,239,244,249

mul $0,56
sub $0,28
div $0,11
add $0,3
