; A168368: Number of stable connected piles of n bricks.
; 0,1,1,2,4,7,12,21

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $2,1
sub $2,6
add $2,4
add $0,3
mov $1,$0
lpb $1
  sub $2,2
  sub $1,1
  add $3,$2
  sub $2,$3
  dif $2,-1
lpe
mov $0,$2
div $0,-5
add $0,1
sub $0,1
