; A321531: a(n) is the maximum number of distinct directions between n non-attacking rooks on an n X n chessboard.
; Formula: a(n) = b(n)-8, b(n) = b(n-1)+c(n-1), c(n) = floor((b(n-1)+c(n-1))/5), b(0) = 8, c(0) = 0
; 0,1,2,4,6,8,11,14,18,23

#offset 1

mov $1,$0
mov $0,8
lpb $1
  sub $1,1
  add $0,$2
  mov $2,$0
  div $2,5
lpe
sub $0,8
