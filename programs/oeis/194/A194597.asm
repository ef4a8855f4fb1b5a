; A194597: Digital roots of the nonzero hexagonal numbers.
; 1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3,9,1,6,6,1,9,3,1,3

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,-2
add $0,1
sub $0,1
add $0,1
mul $0,$0
sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  add $0,-1
  sub $0,1
lpe
add $0,1
sub $0,1
sub $0,1
mul $0,$0
sub $0,1
mod $0,9
sub $0,-3
sub $0,1
sub $0,4
div $0,-1
sub $0,2
div $0,-1
add $0,1
add $0,-8
add $0,10
mod $0,10
