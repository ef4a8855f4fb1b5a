; A018299: Divisors of 136.
; 1,2,4,8,17,34,68,136

#offset 1

sub $0,1
sub $0,1
add $0,3
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,2
add $0,1
add $0,2
sub $0,-2
add $3,-2
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
div $0,15
add $0,4
add $0,1
sub $0,-1
div $0,-1
add $0,2
sub $0,-5
add $0,2
sub $0,4
add $0,1
