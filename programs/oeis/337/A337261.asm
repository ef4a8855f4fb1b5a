; A337261: Numbers k such that the digits of 4^k cannot be rearranged to form the digits of t^2, for t not a power of 2.
; 0,1,2,3,8,9,11,12

#offset 1

sub $0,1
sub $0,-2
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,4
  add $2,1
lpe
mul $0,$2
div $0,-1
sub $0,2
div $0,2
mul $0,3
sub $0,16
div $0,3
mul $0,8
add $0,68
sub $0,-60
div $0,-4
add $0,1
sub $0,-11
div $0,2
