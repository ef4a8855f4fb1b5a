; A328981: Indicator function of numbers whose binary representation ends in an even positive number of 0's.
; 0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1

#offset 1

sub $0,1
pow $1,$1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  sub $1,2
  dif $3,2
lpe
mov $0,$1
div $0,-1
mul $0,9
div $0,18
add $0,3
add $0,-1
mod $0,2
