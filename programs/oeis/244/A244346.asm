; A244346: Decimal expansion of 56/13, the Korn constant for the sphere.
; 4,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
add $3,3
mov $2,6
add $0,1
lpb $0
  div $1,-2
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,10
  add $1,$2
  div $1,-2
  add $1,$2
lpe
mov $0,$1
div $0,10
div $0,-2
div $0,5
mod $0,10
div $0,-1
