; A314840: Coordination sequence Gal.5.66.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; 1,5,9,14,18,23,28,32,37,41,46,51,55,60,64,69,74,78,83,87,92,97,101,106,110,115,120,124,129,133,138,143,147,152,156,161,166,170,175,179,184,189,193,198,202,207,212,216,221,225

sub $0,3
add $0,2
sub $0,-1
add $0,1
mov $2,$0
sub $2,1
sub $2,1
add $3,$0
add $3,$2
mov $0,$3
mul $0,9
sub $0,13
div $0,5
mul $0,2
add $0,-1
add $3,$0
mov $0,$3
sub $0,-3
div $0,2
add $0,1
add $0,1
