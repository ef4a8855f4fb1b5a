; A353259: Solution to Snake Numbers Problems for Snakes from 1 to n for an n X n square grid (see Comments).
; 1,4,7,16,19,36,39,64,67,100

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $3,$0
sub $0,1
mov $2,$0
lpb $2
  sub $2,1
  mul $0,-1
lpe
mov $4,$3
lpb $3
  sub $3,1
  add $0,$4
  sub $0,-1
lpe
add $0,2
sub $0,4
div $0,-1
add $0,1
sub $0,4
div $0,-1
add $0,1
