; A260794: Number of steps required by R. L. Graham's generalized binary merging algorithm.
; 2,3,5,7,11,15,19,27,35,43

#offset 3

sub $0,3
sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $1,$3
  add $3,1
lpe
add $1,$3
mov $0,$1
lpb $3
  sub $3,1
  mul $0,2
lpe
add $0,1
add $0,2
