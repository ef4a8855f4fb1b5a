; A312928: Coordination sequence Gal.3.16.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((44*n-5)/10)+1
; 1,4,9,13,18,22,26,31,35,40,44,48,53,57,62,66,70,75,79,84,88,92,97,101,106,110,114,119,123,128,132,136,141,145,150,154,158,163,167,172,176,180,185,189,194,198,202,207,211,216

mul $0,44
sub $0,5
div $0,10
add $0,1
