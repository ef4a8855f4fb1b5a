; A037603: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,3,0.
; 1,13,130,1301,13013,130130,1301301,13013013,130130130,1301301301,13013013013,130130130130,1301301301301,13013013013013,130130130130130,1301301301301301

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
max $2,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  mul $1,7
  mul $1,3
  mul $1,-1
  add $1,$2
  add $2,3
  mul $2,10
  add $1,$2
  div $1,15
  div $1,8
lpe
mov $0,$1
sub $0,3
div $0,3
add $0,1
