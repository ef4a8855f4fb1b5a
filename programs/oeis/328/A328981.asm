; A328981: Indicator function of numbers whose binary representation ends in an even positive number of 0's.
; 0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1

#offset 1

sub $0,1
sub $2,1
add $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  dif $0,2
lpe
mov $0,$2
div $0,3
mod $0,2
