; A182214: Bondage number of the Cartesian product graph G = C_n X K_2.
; 3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3

#offset 3

sub $0,3
add $0,1
sub $0,1
sub $1,4
lpb $0
  sub $0,1
  sub $2,1
  sub $2,$1
  add $1,$2
  sub $1,2
  sub $2,$1
lpe
mov $0,$2
sub $0,-4
div $0,4
add $0,1
sub $0,2
mul $0,-1
add $0,3
