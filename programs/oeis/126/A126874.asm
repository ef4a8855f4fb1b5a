; A126874: Numbers of unstrained alkane staggered conformers (acyclic). See Table 4 of Cyvin et al. reference for precise definition.
; 0,1,3,8,19,46,106,247

#offset 5

sub $0,5
add $0,1
lpb $0
  add $2,1
  sub $0,1
  add $2,$3
  add $2,$3
  add $2,$1
  min $3,1
  sub $3,-1
  div $1,-1
  sub $3,$1
  add $1,$2
  add $2,1
  sub $1,3
lpe
mov $0,$2
sub $0,2
div $0,2
