; A243319: Number of simple connected graphs with n nodes that are bipartite and distance regular.
; 1,1,0,1,0,2,0,3,0,3

#offset 1

sub $0,1
add $0,1
sub $0,3
add $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,1
add $0,3
lpb $0
  sub $2,$4
  add $2,$3
  add $2,-2
  sub $0,1
  sub $0,1
  sub $4,$1
  add $2,1
  sub $3,$2
  sub $3,$1
  trn $2,3
  add $2,$3
  add $1,$3
lpe
mov $0,$1
mul $0,-1
add $0,1
