; A209634: Triangle with (1,4,7,10,13,16...,(3*n-2),...) in every column, shifted down twice.
; 1,4,7,1,10,4,13,7,1,16,10,4,19,13,7,1,22,16,10,4,25,19,13,7,1,28,22,16,10,4,31,25,19,13,7,1,34,28,22,16,10,4,37,31,25,19,13,7,1,40,34,28,22,16,10,4,43,37,31,25,19,13,7,1,46,40,34,28,22,16,10

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,2
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
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
  add $2,$4
  sub $0,1
  sub $3,$1
  add $1,$3
lpe
add $0,$5
sub $0,-2
div $0,-1
add $0,1
add $0,2
add $0,1
sub $0,1
mul $0,2
div $0,2
mul $0,3
add $0,1
