; A088741: Number of connected strongly regular simple graphs on n nodes.
; 1,1,1,2,2,3,1,3,3,5

#offset 1

sub $0,2
mov $1,1
lpb $0
  dif $0,5
  add $1,$2
  div $0,2
  sub $2,$1
  mul $2,-1
lpe
mov $0,$1
