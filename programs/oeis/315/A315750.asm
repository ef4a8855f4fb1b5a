; A315750: Coordination sequence Gal.6.627.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((4*floor(192*n/22)-56)/6)+10
; 1,6,12,18,23,29,35,41,46,52,58,64,70,76,82,87,93,99,105,110,116,122,128,134,140,146,151,157,163,169,174,180,186,192,198,204,210,215,221,227,233,238,244,250,256,262,268,274,279,285

mul $0,192
div $0,22
mul $0,4
sub $0,56
div $0,6
add $0,10
