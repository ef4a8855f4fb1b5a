; A274337: Numbers n such that 2^n is not the sum of 5 positive cubes.
; 0,1,2,3,4,5,7,8,10,11,14

#offset 1

sub $0,1
sub $0,3
mov $2,$0
lpb $2
  sub $2,1
  div $2,2
  add $0,$2
lpe
sub $0,-3
