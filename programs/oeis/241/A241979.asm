; A241979: (0,1) sequence such that lengths of three consecutive runs are always distinct.
; 0,1,1,0,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,0

add $0,1
sub $0,1
add $3,1
sub $0,1
sub $0,1
add $0,$0
add $0,1
add $0,2
add $0,3
lpb $0
  add $2,1
  add $2,2
  sub $0,1
  sub $0,1
  add $2,$1
  add $1,$1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  sub $2,$1
  add $1,$3
lpe
mov $0,$1
div $0,-3
mod $0,2
