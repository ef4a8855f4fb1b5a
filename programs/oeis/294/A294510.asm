; A294510: Residues modulo 24 of curvatures in the Apollonian circle packing A042944.
; 2,3,6,11,14,15,18,23

#offset 1

sub $0,1
sub $0,-1
sub $0,1
sub $0,4
sub $0,-1
add $0,1
add $0,2
add $1,3
add $0,1
mul $0,$1
lpb $0
  sub $0,1
  add $1,$2
  sub $3,$2
  add $2,$3
  sub $1,1
  add $3,2
  add $1,$2
  sub $3,$2
lpe
mov $0,$1
sub $0,3
mul $0,2
add $0,3
sub $0,3
add $0,5
sub $0,11
div $0,2
add $0,2
