; A343461: a(n) is the maximal number of regular n-gons that can be arranged around a vertex without overlapping.
; 6,4,3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 3

sub $0,3
add $0,1
sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
add $0,1
sub $0,-1
mov $1,$0
add $0,2
mul $0,2
lpb $1
  sub $1,1
  add $0,4
  sub $0,10
  div $0,2
lpe
div $0,4
add $0,3
mov $3,$2
equ $3,0
mul $3,2
add $0,$3
