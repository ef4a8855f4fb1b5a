; A087101: Number of symmetric quartic graphs on n nodes.
; 0,0,0,0,1,1,0,1,1

#offset 1

sub $0,1
lpb $0
  add $3,$0
  sub $0,$3
  sub $0,-2
  add $3,$3
lpe
mov $0,$3
mul $0,2
sub $0,-2
div $0,6
mod $0,2
