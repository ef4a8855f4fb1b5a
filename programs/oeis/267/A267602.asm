; A267602: Number of unlabeled, connected graphs on n vertices that are prime and have no induced subgraph isomorphic to a bull, a P5 or a P5-bar.
; 0,0,0,1,1,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2

#offset 1

sub $0,1
lpb $0
  sub $0,3
  add $0,$1
  sub $2,1
  mov $3,$2
  sub $1,$2
  gcd $3,$0
  div $3,$2
  mul $3,$2
lpe
mov $0,$3
