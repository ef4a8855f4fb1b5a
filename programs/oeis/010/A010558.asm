; A010558: Maximal size of binary code of length n correcting 2 unidirectional errors.
; 1,1,1,2,2,2,4,6,10

#offset 1

sub $0,1
sub $0,2
sub $1,5
sub $0,-4
sub $0,2
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,-15
mul $0,2
add $0,8
div $0,4
add $0,3
sub $0,3
div $0,5
add $0,1
add $0,-1
sub $0,1
div $0,-1
add $0,1
