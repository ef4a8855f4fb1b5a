; A058224: Largest d such that the linear programming bound for quantum codes of length n is feasible for some real K>1.
; 1,1,1,2,3,3,3,3,3,4,5,5,5,5,5,6,7,7,7,7,7,8,9,9,9,9,9,10,11,11,11,11,11,12,13,13,13,13,13,14,15,15,15,15,15,16,17,17,17,17,17,18,19,19,19,19,19,20,21,21,21,21,21,22,23,23,23,23,23,24,25,25,25,25,25

#offset 1

sub $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,4
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  add $2,2
  sub $3,$1
  add $1,-1
lpe
add $1,-1
mov $0,$1
sub $0,1
sub $0,1
div $0,3
add $0,-1
sub $0,-1
sub $0,1
sub $0,1
lpb $3
  sub $3,1
  add $0,-1
lpe
sub $0,-3
div $0,-1
add $0,3
sub $0,4
add $0,1
