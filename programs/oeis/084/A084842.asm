; A084842: Number of rooted trees with n nodes with a height of 2 and with at least 1 node at height 1 has degree > 2.
; 1,2,4,7,11,17,25,37

#offset 4

sub $0,4
sub $0,1
add $0,5
lpb $0
  sub $0,1
  mov $2,$3
  add $2,$1
  div $1,-3
  sub $3,$1
  add $1,$2
  sub $1,1
lpe
mov $0,$2
sub $0,-3
div $0,-1
add $0,1
