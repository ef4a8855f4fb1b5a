; A211885: Number of lower triangular n X n arrays of integers 0 upwards introduced in row major order, with each element unique in its row and column, and containing the value n(n+1)/2-2.
; 0,2,8,26,66,141,267,463,751

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,$0
  sub $1,$3
  add $3,1
  add $3,-1
  add $0,$2
lpe
mov $0,$1
div $0,-1
add $0,1
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
