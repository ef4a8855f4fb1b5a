; A053610: Number of positive squares needed to sum to n using the greedy algorithm.
; 1,2,3,1,2,3,4,2,1,2,3,4,2,3,4,1,2,3,4,2,3,4,5,3,1,2,3,4,2,3,4,5,3,2,3,1,2,3,4,2,3,4,5,3,2,3,4,5,1,2,3,4,2,3,4,5,3,2,3,4,5,3,4,1,2,3,4,2,3,4,5,3,2,3,4,5,3,4,5,2

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  add $3,1
  lpb $0
    sub $0,$1
    sub $0,1
    sub $0,$1
    sub $1,-1
  lpe
  mul $1,$2
  sub $0,1
  add $0,1
lpe
mov $0,$3
