; A210985: Number of segments needed to draw the toothpick structure of A139250 as it is after 2^n stages.
; 1,3,7,19,63,235,919,3651,14575

sub $0,1
add $0,1
sub $0,1
sub $0,-1
lpb $0
  sub $0,1
  mul $2,4
  add $2,$1
  add $1,1
lpe
add $2,$1
mov $0,$2
mul $0,2
add $0,1
