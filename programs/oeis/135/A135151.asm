; A135151: A002260 + A128174 - I, I = Identity matrix.
; 1,1,2,2,2,3,1,3,3,4,2,2,4,4,5,1,3,3,5,5,6,2,2,4,4,6,6,7,1,3,3,5,5,7,7,8,2,2,4,4,6,6,8,8,9,1,3,3,5,5,7,7,9,9,10

#offset 1

sub $0,1
sub $0,1
sub $0,-1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,2
add $0,1
add $2,$0
lpb $2
  add $2,$1
  sub $2,1
  mov $3,$2
  add $1,-1
lpe
mov $0,$1
div $0,-1
add $0,1
sub $1,$0
sub $0,$2
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  sub $2,1
  mov $1,$2
lpe
mov $0,$1
add $0,1
sub $0,1
equ $4,0
add $0,$4
mod $0,2
add $0,2
sub $0,2
add $0,1
add $0,$3
