; A305258: List of y-coordinates of a point moving in a smooth counterclockwise spiral rotated by Pi/4.
; 0,0,1,0,-1,-1,0,1,2,1,0,-1,-2,-2,-1,0,1,2,3,2,1,0,-1,-2,-3,-3,-2,-1,0,1,2,3,4,3,2,1,0,-1,-2,-3,-4,-4,-3,-2,-1,0,1,2,3,4,5,4,3,2,1,0,-1,-2,-3,-4,-5,-5,-4,-3,-2,-1,0,1,2,3,4,5,6,5,4,3,2,1,0,-1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,4
add $0,$0
lpb $0
  add $1,$3
  add $2,$3
  min $1,-3
  sub $0,1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$3
div $0,6
