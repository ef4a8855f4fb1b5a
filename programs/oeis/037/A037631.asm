; A037631: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,3,0.
; 2,23,230,2302,23023,230230,2302302,23023023,230230230,2302302302,23023023023,230230230230,2302302302302,23023023023023,230230230230230,2302302302302302

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
max $2,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  mul $1,7
  mul $1,3
  mul $1,-1
  add $1,$2
  add $2,6
  mul $2,10
  add $1,$2
  div $1,15
  div $1,8
lpe
mov $0,$1
sub $0,3
div $0,3
add $0,1
