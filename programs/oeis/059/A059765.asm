; A059765: Possible sizes of the torsion group of an elliptic curve over the rationals Q. This is a finite sequence.
; 1,2,3,4,5,6,7,8,9,10,12,16

#offset 1

sub $0,10
mov $1,$0
lpb $1
  bin $1,3
  fac $0,2
lpe
add $0,10
