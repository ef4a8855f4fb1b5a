; A136480: Number of trailing equal digits in binary representation of n.
; 1,1,1,2,2,1,1,3,3,1,1,2,2,1,1,4,4,1,1,2,2,1,1,3,3,1,1,2,2,1,1,5,5,1,1,2,2,1,1,3,3,1,1,2,2,1,1,4,4,1,1,2,2,1,1,3,3,1,1,2,2,1,1,6,6,1,1,2,2,1,1,3,3,1,1,2,2,1,1,4

sub $0,1
mov $3,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
div $0,2
sub $0,-1
sub $0,1
add $0,2
lpb $0
  add $2,3
  dif $0,2
lpe
mov $0,$2
div $0,3
add $0,1
mov $4,$3
equ $4,1
mul $4,-1
add $0,$4
add $0,1
add $0,2
sub $0,3
