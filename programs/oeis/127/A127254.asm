; A127254: (0,1) sequence whose zero positions are indexed by twice the odious numbers given by A091855.
; 1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1

sub $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  sub $0,1
  dgs $0,2
  mod $0,2
  mul $0,-2
  add $0,1
lpe
sub $0,1
dgs $0,2
add $0,1
mod $0,2
