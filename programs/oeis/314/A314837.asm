; A314837: Coordination sequence Gal.6.231.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((50*n-28)/11)+3
; 1,5,9,14,18,23,27,32,36,41,45,50,55,59,64,68,73,77,82,86,91,95,100,105,109,114,118,123,127,132,136,141,145,150,155,159,164,168,173,177,182,186,191,195,200,205,209,214,218,223

mul $0,50
sub $0,28
div $0,11
add $0,3
