; A321531: a(n) is the maximum number of distinct directions between n non-attacking rooks on an n X n chessboard.
; 0,1,2,4,6,8,11,14,18,23

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
mov $2,$0
add $2,2
mov $1,1
lpb $2
  sub $2,1
  add $3,$2
  min $3,$1
  add $1,$1
lpe
add $3,$0
mov $0,$3
sub $0,4
add $0,3
sub $0,-3
sub $0,-1
