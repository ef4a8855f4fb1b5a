; A177990: Triangle read by rows, variant of A070909, a cellular automaton
; 1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $2,1
add $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $2,4
  sub $0,-3
  add $1,$2
  add $1,1
lpe
add $0,1
mod $0,2
