; A168368: Number of stable connected piles of n bricks.
; 0,1,1,2,4,7,12,21

sub $1,5
sub $2,$1
lpb $0
  sub $0,1
  sub $2,$1
  mul $2,-1
  add $1,$2
  sub $2,1
lpe
mov $0,$1
div $0,-5
sub $0,1
mul $0,2
div $0,4
add $0,1
sub $0,1
