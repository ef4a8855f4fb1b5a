; A315525: Coordination sequence Gal.3.49.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((28*n-23)/5)+5
; 1,6,11,17,22,28,34,39,45,50,56,62,67,73,78,84,90,95,101,106,112,118,123,129,134,140,146,151,157,162,168,174,179,185,190,196,202,207,213,218,224,230,235,241,246,252,258,263,269,274

mul $0,28
sub $0,23
div $0,5
add $0,5
