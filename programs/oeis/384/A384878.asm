; A384878: Position of first appearance of n in the flattened version of the triangle A384877, whose m-th row lists the lengths of maximal anti-runs in the binary indices of m.
; 1,6,34,178,882,4210,19570,89202,400498,1776754

#offset 1

sub $0,1
mov $2,$0
lpb $2
  add $1,$2
  sub $2,1
  add $1,$2
  add $1,4
  mul $1,4
lpe
mov $0,$1
div $0,4
add $0,1
