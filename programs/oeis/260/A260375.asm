; A260375: Numbers k such that A260374(k) is a perfect square.
; 0,1,2,4,5,6,7,8,10,11,14,15,16

#offset 1

sub $0,1
sub $0,9
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,8
mov $1,$0
lpb $1
  sub $1,5
  add $0,1
lpe
sub $0,5
add $0,3
sub $0,-1
mul $0,4
add $0,1
add $0,3
div $0,4
mul $0,24
div $0,18
add $0,3
sub $0,1
sub $0,-1
sub $0,3
sub $0,9
sub $0,-5
sub $0,-10
