; A204437: Symmetric matrix: f(i,j)=((i+j+1)^2 mod 3), by (constant) antidiagonals.
; 0,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0

#offset 1

sub $0,1
add $0,1
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
  sub $0,-8
  div $0,6
lpe
sub $0,-3
div $0,3
add $0,1
mod $0,2
