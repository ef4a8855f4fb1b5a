; A051628: Number of digits in decimal expansion of 1/n before the periodic part begins.
; 0,1,0,2,1,1,0,3,0,1,0,2,0,1,1,4,0,1,0,2,0,1,0,3,2,1,0,2,0,1,0,5,0,1,1,2,0,1,0,3,0,1,0,2,1,1,0,4,0,2,0,2,0,1,1,3,0,1,0,2,0,1,0,6,1,1,0,2,0,1,0,3,0,1,2,2,0,1,0,4

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  dif $0,2
  dif $0,5
lpe
mov $0,$2
div $0,3
