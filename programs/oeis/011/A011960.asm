; A011960: Number of ferrites M_2Y_n that repeat after 6n+10 layers.
; 0,1,1,1,1,2,1,2,2,2,2,3,2,3,3,3,3,4,3,4

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  bin $2,2
  add $1,-1
lpe
add $1,-1
mov $0,$1
sub $0,3
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
div $0,-2
add $0,3
sub $0,4
add $0,1
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
