; A266246: Middle column of the "Rule 9" elementary cellular automaton starting with a single ON (black) cell.
; 1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,1
mov $1,$0
sub $1,2
lpb $1
  mov $1,1
  add $0,3
lpe
add $0,1
add $0,1
mod $0,2
