; A058227: Number of edges in all simple (loopless) paths, connecting any node with all the remaining ones in optimal graphs of degree 4.
; 4,28,112,352,972,2484,6040,14200

#offset 1

sub $0,1
lpb $0
  sub $0,1
  add $1,2
  add $1,$0
  add $2,$1
  mul $2,2
lpe
add $2,$1
mov $0,$2
mul $0,4
add $0,4
