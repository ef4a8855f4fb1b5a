; A177990: Triangle read by rows, variant of A070909, a cellular automaton
; 1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $2,$0
add $2,1
lpb $2
  sub $2,1
  add $2,$1
  add $1,-2
  add $1,-2
lpe
mov $0,$2
add $0,1
mod $0,2
