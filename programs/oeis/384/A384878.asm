; A384878: Position of first appearance of n in the flattened version of the triangle A384877, whose m-th row lists the lengths of maximal anti-runs in the binary indices of m.
; 1,6,34,178,882,4210,19570,89202,400498,1776754

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,3
lpb $0
  add $1,$0
  mul $2,2
  sub $0,1
  add $2,$1
  add $2,$1
  mov $1,$2
  sub $1,6
lpe
mov $0,$2
div $0,16
mul $0,3
div $0,12
add $0,1
