; A037666: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,1,0.
; 3,31,310,3103,31031,310310,3103103,31031031,310310310,3103103103,31031031031,310310310310,3103103103103,31031031031031,310310310310310,3103103103103103

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $2,1
add $0,1
add $0,1
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
  add $2,4
  mul $2,10
  add $1,$2
  div $1,15
  div $1,8
lpe
mov $0,$1
div $0,5
sub $0,4
div $0,2
add $0,2
