; A224234: Decimal expansion of number of feet in a meter.
; 3,2,8,0,8,3,9,8,9,5,0,1,3,1,2,3,3,5,9,5,8,0,0,5,2,4,9,3,4,3,8,3,2,0,2,0,9,9,7,3,7,5,3,2,8,0,8,3,9,8,9,5,0,1,3,1,2,3,3,5,9,5,8,0,0,5,2,4,9,3,4,3,8,3,2,0,2,0,9,9

#offset 1

sub $0,1
sub $0,2
add $0,1
add $0,3
sub $0,1
sub $0,1
add $0,3
sub $0,1
sub $0,1
add $3,2
add $0,2
lpb $0
  sub $0,1
  mul $1,4
  div $1,5
  add $2,$3
  add $1,$2
  add $2,$3
  lpb $3
    sub $3,1
  lpe
  mul $2,10
  add $1,$2
  div $1,-5
lpe
div $1,4
div $1,3
mov $0,$1
div $0,22
mod $0,10
div $0,-1
div $0,-1
div $0,-1
