; A260375: Numbers k such that A260374(k) is a perfect square.
; 0,1,2,4,5,6,7,8,10,11,14,15,16

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,5
mov $1,$0
lpb $1
  sub $1,3
  add $0,1
lpe
sub $0,-1
mul $0,4
sub $0,-4
div $0,3
add $0,1
sub $0,-5
