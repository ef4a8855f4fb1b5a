; A315907: Coordination sequence Gal.3.40.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; 1,6,8,14,20,22,28,34,36,42,48,50,56,62,64,70,76,78,84,90,92,98,104,106,112,118,120,126,132,134,140,146,148,154,160,162,168,174,176,182,188,190,196,202,204,210,216,218,224,230

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,-1
add $0,3
add $0,$0
sub $0,1
mov $1,$0
lpb $1
  sub $1,3
  add $0,4
lpe
add $0,1
sub $0,6
sub $0,-1
mul $0,3
sub $0,-8
div $0,3
sub $0,4
sub $0,-1
sub $0,-3
add $0,1
