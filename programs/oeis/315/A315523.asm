; A315523: Coordination sequence Gal.5.301.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((50*n-14)/9)+2
; 1,6,11,17,22,28,33,39,44,50,56,61,67,72,78,83,89,94,100,106,111,117,122,128,133,139,144,150,156,161,167,172,178,183,189,194,200,206,211,217,222,228,233,239,244,250,256,261,267,272

mul $0,50
sub $0,14
div $0,9
add $0,2
