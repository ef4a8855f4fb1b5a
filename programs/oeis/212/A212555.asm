; A212555: Values of ||G*(n)|| related to construction of graphs which contain all small trees.
; 0,1,2,4,6,8,11,14,17,21,25

sub $0,1
add $0,1
lpb $0
  add $0,3
lpe
lpb $0
  add $1,2
  add $1,$0
  sub $0,1
lpe
mov $0,$1
sub $0,3
div $0,3
mul $0,2
sub $0,-2
add $0,20
sub $0,-2
mul $0,12
add $0,121
sub $0,385
div $0,24
