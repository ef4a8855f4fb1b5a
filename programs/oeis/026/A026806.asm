; A026806: a(n) = number of numbers k such that only one partition of n has least part k.
; 1,2,1,2,2,2,2,3,2,3,3,3,3,4,3,4,4,4,4,5,4,5,5,5,5,6,5,6,6,6,6,7,6,7,7,7,7,8,7,8,8,8,8,9,8,9,9,9,9,10,9,10,10,10,10,11,10,11,11,11,11,12,11,12,12,12,12,13,12,13,13,13,13,14,13,14,14,14,14,15

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,4
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
