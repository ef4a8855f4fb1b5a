; A059620: Colors of the 88 keys of the standard piano: white keys = 0, black keys = 1, start with A0 = the 0th key.
; 0,1,0,0,1,0,1,0,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,1,0,1,0,0,1,0,1,0,0,1,0,1,0,1,0,0,1,0,1,0

sub $0,3
add $0,3
add $0,1
sub $0,1
add $0,3
sub $3,6
mov $1,$0
lpb $1
  add $3,$2
  dif $2,-1
  mul $3,-1
  sub $1,1
  sub $2,$3
  mul $3,3
lpe
mov $0,$3
sub $0,-6
sub $0,-7
div $0,-9
add $0,1
mod $0,2
