; A387540: Number of simply laced Dynkin diagrams with n nodes.
; 1,1,1,1,2,2,3,3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

sub $0,3
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
lpb $0
  add $2,2
  add $0,$3
  sub $0,1
  lpb $4
    sub $4,1
  lpe
  sub $3,$2
  mov $2,$4
  sub $0,1
  sub $3,$1
  add $1,$3
lpe
mov $0,$1
div $0,-2
add $0,1
