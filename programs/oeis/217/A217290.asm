; A217290: Integers n such that 2*cos(2*Pi/n) is an integer.
; -6,-4,-3,-2,-1,1,2,3,4,6

sub $0,1
sub $0,-2
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,-1
lpe
mul $0,3
mul $0,$2
div $0,-1
sub $0,2
div $0,2
mul $0,3
div $0,3
nrt $0,2
add $0,1
sub $0,5
add $0,1
sub $0,-1
add $0,-6
