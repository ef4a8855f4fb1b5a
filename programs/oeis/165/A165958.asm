; A165958: The digits on a number pad from lower right to upper left.
; 0,3,2,1,6,5,4,9,8,7

#offset 1

sub $0,1
mov $3,$0
sub $0,1
max $0,0
mov $1,$0
sub $2,$1
mod $1,3
lpb $1
  sub $1,1
  add $2,2
lpe
mov $0,$2
mul $0,-1
add $0,3
mov $4,$3
equ $4,0
mul $4,-3
add $0,$4
