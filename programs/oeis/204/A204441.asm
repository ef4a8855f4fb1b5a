; A204441: Symmetric matrix: f(i,j)=floor[(i+j+2)/4]-floor[(i+j-1)/4], by (constant) antidiagonals.
; 1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-2
sub $0,1
lpb $0
  sub $0,2
  add $0,$2
  sub $2,1
lpe
mov $0,$2
add $0,$0
sub $0,1
sub $0,-1
mul $0,$0
mul $0,6
div $0,96
mod $0,2
mul $0,-1
add $0,1
