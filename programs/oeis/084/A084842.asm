; A084842: Number of rooted trees with n nodes with a height of 2 and with at least 1 node at height 1 has degree > 2.
; 1,2,4,7,11,17,25,37

#offset 4

sub $0,4
sub $0,1
sub $0,3
sub $0,-1
add $2,-3
add $0,3
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,$3
  add $3,$2
  add $3,5
  dif $2,-1
  mul $3,2
lpe
mov $0,$2
sub $0,2
div $0,2
add $0,5
sub $0,6
add $0,1
sub $0,-2
add $0,1
