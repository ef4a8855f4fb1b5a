; A319638: Number of non-isomorphic weight-n antichains of distinct sets whose dual is also an antichain of distinct sets.
; 1,1,1,1,1,1,2,2,3,4,7

add $0,1
sub $0,4
sub $0,2
add $3,1
sub $0,4
sub $0,-1
add $0,1
add $0,2
add $1,3
add $0,1
lpb $0
  sub $0,1
  add $1,$2
  sub $3,$2
  add $2,$3
  sub $1,3
  add $3,$1
  sub $3,$2
lpe
mov $0,$1
sub $0,-5
div $0,-5
add $0,1
add $0,1
