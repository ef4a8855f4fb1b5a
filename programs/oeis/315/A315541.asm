; A315541: Coordination sequence Gal.4.136.2 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((160*n-72)/28)+3
; 1,6,11,17,23,29,34,40,46,51,57,63,69,74,80,86,91,97,103,109,114,120,126,131,137,143,149,154,160,166,171,177,183,189,194,200,206,211,217,223,229,234,240,246,251,257,263,269,274,280

mul $0,160
sub $0,72
div $0,28
add $0,3
