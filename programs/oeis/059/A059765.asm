; A059765: Possible sizes of the torsion group of an elliptic curve over the rationals Q. This is a finite sequence.
; 1,2,3,4,5,6,7,8,9,10,12,16

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,6
sub $0,9
mov $1,$0
lpb $0
  sub $0,1
lpe
sub $0,7
add $0,2
sub $0,1
sub $0,-4
sub $0,-1
lpb $1
  sub $1,1
  sub $0,-1
  sub $0,1
  mul $0,2
  add $0,3
lpe
sub $0,-10
mul $0,26
add $0,114
sub $0,114
div $0,26
add $0,1
