; A304041: Number of inequivalent solutions to problem in A054961.
; 1,1,1,1,1,2,2,3,2,1

sub $0,1
sub $0,1
mov $2,1
sub $0,1
sub $0,1
add $0,2
sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  sub $1,$3
  sub $2,$3
  sub $2,-1
lpe
mov $0,$2
sub $0,1
div $0,-1
add $0,1
