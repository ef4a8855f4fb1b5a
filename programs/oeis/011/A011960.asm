; A011960: Number of ferrites M_2Y_n that repeat after 6n+10 layers.
; 0,1,1,1,1,2,1,2,2,2,2,3,2,3,3,3,3,4,3,4

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,3
sub $0,3
add $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $1,3
  add $0,-2
lpe
add $0,1
sub $0,1
div $0,2
sub $0,6
sub $0,-1
mul $0,3
add $0,1
sub $0,-14
div $0,3
