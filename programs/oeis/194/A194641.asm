; A194641: Digital roots of the nonzero heptagonal numbers.
; 1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4,9,1,7,9,7,1,9,4,4

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  add $0,-1
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
