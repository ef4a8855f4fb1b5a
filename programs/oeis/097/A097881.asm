; A097881: Decimal expansion of the sum from 1 to infinity of fraction sequence with numerator triangular numbers and denominator sum of prime cubes.
; 2,9,4,3,9,4,2,7

sub $0,1
add $0,1
sub $0,1
add $0,1
add $2,1
add $0,1
add $0,1
sub $0,1
add $0,2
sub $0,1
lpb $0
  sub $0,1
  mul $1,5
  add $1,$2
  mul $2,10
  add $1,$2
  div $1,-2
  div $1,4
  div $1,7
lpe
div $1,5
add $1,1
mov $0,$1
div $0,-1
mod $0,10
div $0,-1
div $0,-1
div $0,-1
add $0,1
add $0,10
mod $0,10
