; A304887: Number of non-isomorphic blobs of weight n.
; 1,1,1,1,1,1,3,3,8,14

sub $1,1
add $0,1
add $2,3
sub $0,$2
add $1,6
lpb $0
  sub $0,1
  add $2,$2
  sub $2,$1
  mov $3,$2
  sub $3,$1
  div $1,-1
lpe
mov $0,$3
div $0,4
mul $0,-1
sub $0,-1
div $0,3
div $0,-1
add $0,1
