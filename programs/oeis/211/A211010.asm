; A211010: Value on the axis "x" of the endpoint of the structure of A211000 at n-th stage.
; 0,1,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3,4,3,2,3

add $0,1
sub $0,1
sub $0,3
sub $0,1
sub $0,1
add $0,1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  add $2,2
  sub $3,$1
  add $2,$3
  add $1,-1
lpe
sub $1,$0
add $1,-1
mov $0,$1
lpb $2
  sub $2,1
  sub $0,-1
lpe
div $0,-1
add $0,-1
sub $0,-2
sub $0,1
sub $0,2
add $0,1
sub $0,-1
add $0,3
