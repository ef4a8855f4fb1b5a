; A059765: Possible sizes of the torsion group of an elliptic curve over the rationals Q. This is a finite sequence.
; 1,2,3,4,5,6,7,8,9,10,12,16

#offset 1

sub $0,1
sub $0,1
add $0,3
lpb $0
  sub $0,1
  add $2,$3
  add $2,$3
  div $1,10
  add $2,$3
  add $3,$1
  add $1,$2
  sub $2,1
lpe
mov $0,$1
sub $0,-1
mul $0,-1
add $0,1
