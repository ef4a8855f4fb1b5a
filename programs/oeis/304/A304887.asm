; A304887: Number of non-isomorphic blobs of weight n.
; 1,1,1,1,1,1,3,3,8,14

sub $0,5
mov $1,-1
lpb $0
  div $2,-1
  sub $0,1
  mul $3,-1
  add $3,$1
  sub $1,$4
  add $2,$1
  sub $4,$2
lpe
sub $4,$3
mov $0,$4
add $0,1
