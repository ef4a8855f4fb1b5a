; A319638: Number of non-isomorphic weight-n antichains of distinct sets whose dual is also an antichain of distinct sets.
; 1,1,1,1,1,1,2,2,3,4,7

sub $0,1
add $0,1
sub $0,4
sub $2,1
sub $1,4
sub $0,5
sub $0,-5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,6
div $0,-5
add $0,6
sub $0,3
sub $0,3
