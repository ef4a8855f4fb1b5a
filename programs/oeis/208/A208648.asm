; A208648: Denominators of Pokrovskiy's lower bound on the ratio of e(G^n) the number of edges in the n-th power of a graph G, to E(G) the number of edges of G.
; 2,1,1,4,1,1,6,1,1,8,1,1,10,1,1,12

add $0,1
add $2,-1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  add $2,-1
  sub $3,$1
  add $2,$3
  add $1,$3
lpe
mul $3,$2
mov $0,$3
sub $0,-2
div $0,-2
add $0,2
