; A240963: Numbers n such that the decimal expansion of n^n contains no zeros.
; 1,2,3,4,5,6,7,8,22

#offset 1

sub $0,1
sub $0,9
sub $0,1
add $3,1
add $0,1
mov $2,$0
add $2,2
add $0,8
add $3,$0
lpb $2
  sub $2,1
  add $3,$0
  add $3,-1
  add $3,$0
lpe
mov $0,$3
sub $0,40
mul $0,4
add $0,161
div $0,4
add $0,1
