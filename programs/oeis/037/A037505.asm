; A037505: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0.
; 1,6,24,97,390,1560,6241,24966,99864,399457,1597830,6391320,25565281,102261126,409044504,1636178017,6544712070,26178848280,104715393121,418861572486,1675446289944,6701785159777,26807140639110,107228562556440

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
sub $0,1
add $0,$0
add $0,1
add $0,2
add $0,10
lpb $0
  add $2,1
  add $2,4
  sub $0,1
  sub $2,1
  sub $2,2
  add $2,-1
  sub $3,$2
  mul $2,2
  sub $3,$1
  sub $2,$1
  add $2,$3
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
sub $0,-6
div $0,-3
add $0,2
mov $5,$4
equ $5,0
mul $5,-5
add $0,$5
