; A185437: The least number of colors required to color an n-bead necklace so that each bead can be identified.
; 1,2,3,3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,1
  lpb $0
    sub $0,1
    sub $0,$1
    sub $1,-1
  lpe
  mov $0,1
  sub $0,$1
  add $0,1
  sub $0,2
  sub $0,1
  add $0,-1
  add $0,2
  mul $0,-2
  sub $0,3
  div $0,2
  lpb $1
    sub $1,1
    add $0,1
  lpe
  add $0,1
  add $0,1
  mod $0,2
lpe
sub $0,-1
add $0,1
