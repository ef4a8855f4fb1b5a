; A079314: Number of first-quadrant cells (including the two boundaries) born at stage n of the Holladay-Ulam cellular automaton.
; 1,2,2,4,2,4,4,10,2,4,4,10,4,10,10,28,2,4,4,10,4,10,10,28,4,10,10,28,10,28,28,82,2,4,4,10,4,10,10,28,4,10,10,28,10,28,28,82,4,10,10,28,10,28,28,82,10,28,28,82,28,82,82,244,2,4,4,10,4,10,10,28,4,10,10,28,10,28,28,82

add $0,1
sub $0,2
add $0,1
dgs $0,2
add $0,1
add $3,11
sub $0,1
lpb $0
  sub $0,1
  mul $3,3
  add $3,11
  add $3,10
lpe
mov $0,$3
div $0,43
mul $0,2
add $0,2
div $0,3
add $0,1
