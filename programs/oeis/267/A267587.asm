; A267587: Middle column of the "Rule 169" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,4
sub $0,1
mov $2,$0
lpb $2
  add $0,$0
  sub $2,1
lpe
mul $0,2
sub $0,-2
sub $0,-1
div $0,2
mod $0,2
add $0,2
mod $0,2
