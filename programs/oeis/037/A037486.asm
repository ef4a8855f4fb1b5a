; A037486: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,2.
; 1,11,100,902,8119,73073,657658,5918924,53270317,479432855,4314895696,38834061266,349506551395,3145558962557,28310030663014,254790275967128,2293112483704153

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $3,2
add $0,1
sub $0,2
add $0,1
add $0,1
add $0,1
mov $2,-1
sub $0,-1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  bin $3,$1
  mul $2,9
lpe
sub $0,$2
div $0,10
div $0,-2
sub $0,2
mul $0,2
div $0,8
add $0,1
