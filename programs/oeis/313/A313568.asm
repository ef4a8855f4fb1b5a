; A313568: Coordination sequence Gal.3.14.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((24*n-23)/5)+5
; 1,5,10,14,19,24,29,34,38,43,48,53,58,62,67,72,77,82,86,91,96,101,106,110,115,120,125,130,134,139,144,149,154,158,163,168,173,178,182,187,192,197,202,206,211,216,221,226,230,235

mul $0,24
sub $0,23
div $0,5
add $0,5
