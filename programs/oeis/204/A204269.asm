; A204269: Symmetric matrix: f(i,j)=floor[(i+j+2)/4]-floor[(i+j)/4], by (constant) antidiagonals.
; 1,1,1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-2
mov $3,$0
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
lpe
add $0,$2
mul $0,-2
add $0,-2
lpb $3
  sub $3,1
  sub $0,-1
  mul $0,6
  sub $0,-10
  div $0,6
lpe
sub $0,-3
div $0,2
add $0,2
mod $0,2
