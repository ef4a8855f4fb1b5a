; A191762: Digital roots of the nonzero even squares.
; 4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9

#offset 1

sub $0,1
sub $0,1
add $0,1
mov $3,$0
sub $0,1
lpb $3
  sub $3,1
  add $0,1
  sub $0,1
  add $0,6
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
