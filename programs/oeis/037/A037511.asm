; A037511: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,2,0.
; 1,12,120,1201,12012,120120,1201201,12012012,120120120,1201201201,12012012012,120120120120,1201201201201,12012012012012,120120120120120,1201201201201201

#offset 1

sub $0,1
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
  add $2,$3
  add $1,$2
  sub $2,$3
  add $2,3
  mul $2,10
  add $1,$2
  div $1,15
  div $1,8
lpe
div $1,5
mov $0,$1
sub $0,5
div $0,5
add $0,1
