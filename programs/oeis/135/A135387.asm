; A135387: Triangle read by rows, with (2, 1, 0, 0, 0, ...) in every column.
; 2,1,2,0,1,2,0,0,1,2,0,0,0,1,2,0,0,0,0,1,2,0,0,0,0,0,1,2,0,0,0,0,0,0,1,2,0,0,0,0,0,0,0,1,2

#offset 1

sub $0,1
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $2,$1
  add $1,-1
lpe
mov $0,$1
div $0,-1
sub $0,$2
lpb $0
  sub $0,-1
  mul $0,$1
  sub $0,1
  pow $0,-3
  add $0,-3
  sub $0,-3
  div $0,3
  sub $0,1
  div $0,-1
  add $0,1
lpe
mul $0,-1
add $0,2
