; A240963: Numbers n such that the decimal expansion of n^n contains no zeros.
; 1,2,3,4,5,6,7,8,22

#offset 1

sub $0,1
mov $1,$0
lpb $1
  add $0,-1
  sub $1,8
  mul $0,3
lpe
add $0,1
