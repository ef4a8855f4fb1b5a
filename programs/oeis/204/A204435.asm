; A204435: Symmetric matrix: f(i,j)=((i+j)^2 mod 3), read by (constant) antidiagonals.
; 1,0,0,1,1,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,-1
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
  add $1,$2
lpe
mov $0,$1
div $0,-1
lpb $0
  sub $0,1
  add $0,1
  sub $0,3
lpe
mul $0,-1
add $0,1
