; A073260: Length of FixedPointList leading to value of [10^n]-th composite number.
; 4,4,4,5,5,6,7,7,7,8,8,9,9

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
mov $3,$0
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  add $0,$2
  sub $2,1
lpe
add $0,$2
mul $0,-2
add $0,-2
lpb $3
  sub $3,1
  sub $0,-1
  mul $0,6
  sub $0,-18
  div $0,7
lpe
sub $0,-3
sub $0,5
div $0,3
add $0,3
add $0,1
