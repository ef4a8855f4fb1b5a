; A058227: Number of edges in all simple (loopless) paths, connecting any node with all the remaining ones in optimal graphs of degree 4.
; 4,28,112,352,972,2484,6040,14200

#offset 1

mov $1,$0
lpb $1
  sub $1,1
  add $2,$0
  mul $0,2
  add $0,$1
lpe
mov $0,$2
mul $0,4
