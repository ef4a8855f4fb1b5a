; A315548: Coordination sequence Gal.6.627.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate(4*truncate((192*n-12)/22)/6)+1
; 1,6,11,17,23,29,35,41,47,53,58,64,70,75,81,87,93,99,105,111,117,122,128,134,139,145,151,157,163,169,175,181,186,192,198,203,209,215,221,227,233,239,245,250,256,262,267,273,279,285

mul $0,192
sub $0,12
div $0,22
mul $0,4
div $0,6
add $0,1
