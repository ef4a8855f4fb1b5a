; A058227: Number of edges in all simple (loopless) paths, connecting any node with all the remaining ones in optimal graphs of degree 4.
; 4,28,112,352,972,2484,6040,14200

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
sub $2,-1
lpb $2
  sub $2,1
  add $3,$0
  add $0,1
  add $3,$3
  add $0,-1
  add $3,1
  add $3,1
  add $0,$2
lpe
mov $0,$3
sub $0,2
mul $0,2
add $0,4
