; A391479: Maximum number of vertices in a uniquely traceable induced subgraph of the n X n grid graph.
; 0,1,3,7,14,22,32,44

mov $2,$0
sub $0,1
mul $0,4
add $0,2
lpb $0
  add $1,$0
  sub $0,1
lpe
mov $0,$1
sub $0,1
sub $0,-2
add $0,4
sub $0,17
div $0,4
add $0,1
mov $3,$2
equ $3,0
mul $3,-2
add $0,$3
sub $0,-2
div $0,2
add $0,1
