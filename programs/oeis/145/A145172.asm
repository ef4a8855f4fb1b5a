; A145172: Number of pentagonal numbers needed to represent n with greedy algorithm.
; 1,2,3,4,1,2,3,4,5,2,3,1,2,3,4,5,2,3,4,5,6,1,2,3,4,5,2,3,4,5,6,3,4,2,1,2,3,4,5,2,3,4,5,6,3,4,2,3,4,5,1,2,3,4,5,2,3,4,5,6,3,4,2,3,4,5,6,3,4,1,2,3,4,5,2,3,4,5,6,3

#offset 1

sub $0,1
add $0,1
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
    sub $1,-3
  lpe
  mul $1,$2
  sub $0,1
  add $0,1
lpe
mov $0,$3
div $0,2
