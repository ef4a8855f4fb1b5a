; A182214: Bondage number of the Cartesian product graph G = C_n X K_2.
; 3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3,2,2,4,3

#offset 3

sub $0,3
sub $0,1
sub $0,1
sub $0,1
sub $0,1
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
  mul $3,-1
lpe
mov $0,$2
add $0,3
sub $0,2
div $0,2
add $0,5
sub $0,6
mul $0,3
sub $0,10
div $0,-3
sub $0,4
add $0,2
