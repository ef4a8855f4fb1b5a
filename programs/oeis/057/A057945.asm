; A057945: Number of triangular numbers needed to represent n with greedy algorithm.
; 0,1,2,1,2,3,1,2,3,2,1,2,3,2,3,1,2,3,2,3,4,1,2,3,2,3,4,2,1,2,3,2,3,4,2,3,1,2,3,2,3,4,2,3,4,1,2,3,2,3,4,2,3,4,3,1,2,3,2,3,4,2,3,4,3,2,1,2,3,2,3,4,2,3,4,3,2,3,1,2

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  add $3,2
  lpb $0
    sub $0,$1
    sub $0,1
    sub $1,-1
  lpe
  mul $1,$2
  sub $0,1
  add $0,1
lpe
mov $0,$3
div $0,2
