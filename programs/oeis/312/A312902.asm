; A312902: Coordination sequence Gal.6.129.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((48*n-28)/11)+3
; 1,4,9,13,17,22,26,31,35,39,44,48,52,57,61,65,70,74,79,83,87,92,96,100,105,109,113,118,122,127,131,135,140,144,148,153,157,161,166,170,175,179,183,188,192,196,201,205,209,214

mul $0,48
sub $0,28
div $0,11
add $0,3
