; A001438: Maximal number of mutually orthogonal Latin squares (or MOLS) of order n.
; 1,2,3,4,1,6,7,8

#offset 2

sub $0,2
mov $2,$0
lpb $2
  sub $2,1
  add $2,2
  mod $2,5
  mul $2,$0
lpe
mov $0,$2
add $0,1
