; A157639: Least number of lattice points from which every point of a square n X n lattice is visible.
; 1,1,1,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,3
mov $1,$0
mov $0,0
mov $2,1
lpb $1
  sub $2,3
  sub $0,$2
  sub $1,1
  div $1,$0
  sub $0,$2
lpe
mov $0,$2
sub $0,1
div $0,-3
add $0,1
