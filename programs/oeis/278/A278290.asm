; A278290: Number of neighbors of each new term in a square array read by antidiagonals.
; 0,1,2,1,4,2,1,4,4,2,1,4,4,4,2,1,4,4,4,4,2,1,4,4,4,4,4,2,1,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,4,4,4,2,1,4

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $3,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $2,$1
  add $1,-1
lpe
mov $0,$1
div $0,-1
sub $0,$2
lpb $0
  mul $0,$1
  sub $0,1
  pow $0,-3
  add $0,1
  add $0,1
lpe
sub $0,-1
mul $0,4
div $0,3
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
