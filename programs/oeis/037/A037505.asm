; A037505: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0.
; 1,6,24,97,390,1560,6241,24966,99864,399457,1597830,6391320,25565281,102261126,409044504,1636178017,6544712070,26178848280,104715393121,418861572486,1675446289944,6701785159777,26807140639110,107228562556440

#offset 1

sub $0,1
mul $0,2
sub $0,-1
add $0,1
add $0,1
add $1,3
add $0,1
lpb $0
  sub $0,1
  sub $3,3
  add $2,$2
  sub $3,$2
  add $1,$2
  add $2,$3
  add $3,$1
  sub $3,$2
  add $1,$2
lpe
mov $0,$3
sub $0,-9
div $0,-9
add $0,1
