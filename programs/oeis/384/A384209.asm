; A384209: Maximum period for Game of Life on a simple graph with n vertices.
; 1,1,1,1,2,4,8,14,27

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,4
sub $0,-1
add $0,2
add $1,1
add $0,1
lpb $0
  sub $0,1
  add $1,$2
  sub $3,$2
  add $2,$3
  add $3,$1
  add $1,$2
  sub $3,$2
lpe
mov $0,$1
sub $0,3
div $0,3
add $0,1
