; A167371: Triangle, read by rows, given by [0,1,-1,0,0,0,0,0,0,0,0,...] DELTA [1,0,-1,1,0,0,0,0,0,0,0,...] where DELTA is the operator defined in A084938.
; 1,0,1,0,1,1,0,0,1,1,0,0,0,1,1,0,0,0,0,1,1,0,0,0,0,0,1,1,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,1,1,0,0

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-2
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
lpe
add $0,$2
mul $0,-2
lpb $0
  sub $0,1
  add $0,-2
  sub $0,-1
  mul $0,$0
  mul $0,6
  div $0,6
  sub $0,-3
  div $0,3
lpe
add $0,1
mod $0,2
mul $0,-1
add $0,1
