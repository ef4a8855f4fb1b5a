; A274337: Numbers n such that 2^n is not the sum of 5 positive cubes.
; 0,1,2,3,4,5,7,8,10,11,14

#offset 1

sub $0,1
sub $0,1
add $0,1
mov $3,$0
add $0,1
div $3,2
lpb $3
  sub $3,2
  add $0,$3
lpe
sub $0,1
mul $0,2
mul $0,2
div $0,4
