; A122197: Fractal sequence: count up to successive integers twice.
; 1,1,1,2,1,2,1,2,3,1,2,3,1,2,3,4,1,2,3,4,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,6,1,2,3,4,5,6,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,8,1,2,3,4,5,6,7,8,1,2,3,4,5,6,7,8

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
mul $0,4
lpb $0
  sub $0,3
  sub $0,$1
  sub $0,$1
  sub $1,-1
lpe
add $0,4
sub $0,6
add $0,2
div $0,2
div $0,2
add $0,1
