; A196592: Maximum number of floors with n elevators and 3 stops.
; 3,3,4,5,5,6,7,7,7,7,8,9,9,9,9,9

#offset 1

sub $0,1
sub $0,1
sub $0,1
mov $1,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,1
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $5,1
  sub $3,$2
  mov $2,$1
  sub $3,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$5
div $0,-1
add $0,3
