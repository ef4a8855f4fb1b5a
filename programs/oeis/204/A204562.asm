; A204562: Symmetric matrix: f(i,j) = floor((2i+2j+6)/4)-floor((i+j+3)/4), by (constant) antidiagonals.
; 1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,1
sub $0,1
sub $2,1
add $0,1
add $0,1
sub $0,1
sub $0,2
add $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
  add $2,$4
  add $2,2
  sub $0,2
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $3,$2
  add $0,1
  mov $2,$1
  add $2,$4
  sub $3,$1
  add $1,$3
lpe
add $1,$3
mov $0,$1
sub $0,25
div $0,8
add $0,2
sub $0,-1
div $0,-1
add $0,1
