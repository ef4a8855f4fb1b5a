; A319622: Number of non-isomorphic connected weight-n antichains of distinct sets whose dual is also an antichain of (not necessarily distinct) sets.
; 1,1,1,1,1,1,2,1,3,2,7

sub $0,1
mov $2,$0
sub $0,1
add $2,-3
lpb $0
  sub $0,1
  add $2,$2
  sub $1,$3
  add $3,$2
  lpb $0
    sub $0,1
    sub $0,1
    sub $3,$1
    add $1,$2
    div $1,-1
  lpe
lpe
mov $0,$1
div $0,6
equ $5,0
add $0,$5
sub $0,1
div $0,-1
add $0,1
