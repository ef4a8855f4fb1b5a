; A390256: Minimum size of maximum clique or independent set of a graph on n vertices.
; 0,1,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

mov $2,$0
sub $0,1
sub $0,-1
sub $0,1
lpb $0
  sub $0,2
  div $0,3
  add $1,8
lpe
mov $0,$1
div $0,8
add $0,1
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
