; A115992: Number of non-attacking queens that can be placed on a "hyper-chessboard" = hypercube of size 3, dimension n. That is, the size of the largest subset S of {0,1,2}^n such that for each pair (x0,y0,...), (x1,y1,...) of distinct elements of S, the absolute differences vector (|x1-x0|, |y1-y0|, ...) has at least two distinct non-null coordinates.
; 1,1,2,4,6,11,19,32,52

sub $0,1
sub $1,3
sub $0,1
sub $0,-5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,-25
div $0,-5
add $0,6
sub $0,4
mul $0,2
add $0,13
sub $0,11
div $0,2
add $0,1
