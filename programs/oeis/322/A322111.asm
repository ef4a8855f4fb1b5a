; A322111: Number of non-isomorphic self-dual connected multiset partitions of weight n with multiset density -1.
; 1,1,1,2,2,5,5,13,13,37,37

sub $0,1
add $0,1
sub $0,1
add $1,5
lpb $0
  sub $0,2
  add $1,$1
  mul $2,3
  add $2,$1
  add $1,-1
lpe
add $2,$1
add $2,$1
mov $0,$2
div $0,20
add $0,1
