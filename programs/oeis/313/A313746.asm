; A313746: Coordination sequence Gal.5.113.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((46*n-14)/9)+2
; 1,5,10,15,20,26,31,36,41,46,51,56,61,66,72,77,82,87,92,97,102,107,112,118,123,128,133,138,143,148,153,158,164,169,174,179,184,189,194,199,204,210,215,220,225,230,235,240,245,250

mul $0,46
sub $0,14
div $0,9
add $0,2
