; A373830: a(n) = 1 if the primorial base representation of n has alternating digit sum that is a multiple of 3, otherwise 0.
; 1,0,0,1,0,0,0,0,1,0,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,0,1,0,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,0,1,0,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,0,1,0,0,1,0,1,0,0,1,0,1,0,0,1,0,0,0,0

sub $0,1
add $0,1
add $0,1
mov $2,8
sub $3,6
add $3,3
sub $2,$3
mul $0,$2
div $0,6
lpb $0
  sub $0,1
  mul $0,10
  div $0,10
  sub $0,3
  add $0,1
lpe
mod $0,2
