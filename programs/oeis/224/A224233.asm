; A224233: Decimal expansion of number of inches in a meter.
; 3,9,3,7,0,0,7,8,7,4,0,1,5,7,4,8,0,3,1,4,9,6,0,6,2,9,9,2,1,2,5,9,8,4,2,5,1,9,6,8,5,0,3,9,3,7,0,0,7,8,7,4,0,1,5,7,4,8,0,3,1,4,9,6,0,6,2,9,9,2,1,2,5,9,8,4,2,5,1,9

#offset 2

sub $0,2
add $0,1
add $0,1
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
div $1,5
div $1,2
mov $0,$1
div $0,22
mod $0,10
div $0,-1
div $0,-1
div $0,-1
