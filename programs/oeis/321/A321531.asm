; A321531: a(n) is the maximum number of distinct directions between n non-attacking rooks on an n X n chessboard.
; 0,1,2,4,6,8,11,14,18,23

#offset 1

sub $0,1
mov $6,$0
sub $0,1
max $0,0
mov $4,$0
sub $0,1
sub $0,-1
add $0,1
lpb $0
  sub $0,1
  mov $2,$3
  add $2,-1
  div $1,-2
  sub $3,$1
  mov $1,$2
  sub $1,1
lpe
mov $0,$2
div $0,-1
mov $5,$4
add $0,$5
mov $7,$6
equ $7,0
mul $7,-1
add $0,$7
