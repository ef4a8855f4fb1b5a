; A319625: Number of non-isomorphic connected weight-n antichains of distinct sets whose dual is also an antichain of distinct sets.
; 1,1,0,0,0,0,1,0,1,1,3

sub $0,1
lpb $0
  dif $0,2
  add $1,1
  add $2,$1
  div $0,2
  sub $2,2
  mul $0,2
lpe
mov $0,$2
add $0,1
