; A267602: Number of unlabeled, connected graphs on n vertices that are prime and have no induced subgraph isomorphic to a bull, a P5 or a P5-bar.
; 0,0,0,1,1,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2

#offset 1

sub $0,1
lpb $0
  sub $0,1
  mov $1,$0
  sub $0,1
  mul $0,2
  sub $0,1
lpe
lpb $0
  div $0,-2
lpe
mod $0,2
mul $0,-2
add $0,2
mov $2,$1
equ $2,0
add $2,-3
add $0,$2
div $0,-1
