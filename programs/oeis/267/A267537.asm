; A267537: Middle column of the "Rule 143" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
add $1,2
lpb $0
  sub $0,1
  lpb $1
    sub $1,1
    mul $0,$0
  lpe
lpe
mov $0,$1
sub $0,2
div $0,-2
mul $0,-1
add $0,1
