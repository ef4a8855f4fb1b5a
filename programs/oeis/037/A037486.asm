; A037486: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,2.
; 1,11,100,902,8119,73073,657658,5918924,53270317,479432855,4314895696,38834061266,349506551395,3145558962557,28310030663014,254790275967128,2293112483704153

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
lpb $1
  mul $4,9
  sub $1,1
  add $2,5
  gcd $2,10
  add $4,$2
lpe
mov $0,$4
sub $0,5
div $0,5
add $0,1
