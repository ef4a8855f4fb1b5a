; A271876: Numbers n such that 3^n is not of the form x^3 + y^3 + z^3 where x, y, z > 0.
; 0,2,3,5,8,11,14,17,20

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,1
sub $0,3
add $0,1
add $0,5
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
add $2,3
mul $0,$2
div $0,-1
add $0,1
lpb $3
  sub $3,1
  sub $0,9
  mul $0,2
  sub $0,13
  div $0,2
  add $0,4
  sub $0,-6
lpe
div $0,-3
add $0,3
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
